package io.contacts.app.cli;

import io.contacts.app.ConsoleLogging;
import io.contacts.app.ContactsServer;
import io.contacts.app.config.AppConfig;
import io.contacts.domain.port.in.BootstrapLogin;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.HttpURLConnection;
import java.net.InetAddress;
import java.net.URI;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;

/** {@code serve}: run the service until SIGTERM (or Ctrl-C), then drain in-flight requests and exit. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Run the HTTP service (the default command). Migrates the schema first; once listening, on "
                + "an empty database creates the first account and user and prints their login once. A start that "
                + "fails says why in one line on standard error, with exit status 1 (2 for a bad setting).")
final class ServeCommand implements Callable<Integer> {

    private static final int HEALTH_TIMEOUT_MILLIS = 10_000;

    private final CliContext context;

    @Option(names = "--exit-after-start", description = "Start, ask the service's own /health once, then stop and "
            + "exit: 0 when it answered 200. Checks a configuration; the build's class-data training run uses it.")
    private boolean exitAfterStart;

    ServeCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws InterruptedException {
        AppConfig config = context.config();
        AtomicReference<BootstrapLogin> firstLogin = new AtomicReference<>();
        ContactsServer server = new ContactsServer(config, firstLogin::set);
        CountDownLatch stopped = new CountDownLatch(1);
        // Registered before the start, so that a SIGTERM arriving during it still drains and closes the pool.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop();
            ConsoleLogging.stop();
            stopped.countDown();
        }, "contacts-shutdown"));
        int port = server.start();
        Optional.ofNullable(firstLogin.get())
                .ifPresent(login -> printOnce(login, "http://" + config.httpHost() + ":" + port, context.out()));
        if (exitAfterStart) {
            int status = healthStatus(config.httpHost(), port);
            server.stop();
            return status == 200 ? 0 : Cli.FAILURE;
        }
        stopped.await();
        return 0;
    }

    private int healthStatus(String host, int port) {
        try {
            InetAddress address = InetAddress.getByName(host);
            String target = address.isAnyLocalAddress() ? InetAddress.getLoopbackAddress().getHostAddress()
                    : address.getHostAddress();
            String authority = target.contains(":") ? "[" + target + "]:" + port : target + ":" + port;
            HttpURLConnection health = (HttpURLConnection) URI.create("http://" + authority + "/health").toURL()
                    .openConnection();
            // A build's training run waits on this: it must end even if the service does not answer.
            health.setConnectTimeout(HEALTH_TIMEOUT_MILLIS);
            health.setReadTimeout(HEALTH_TIMEOUT_MILLIS);
            int status = health.getResponseCode();
            health.disconnect();
            context.out().println("GET /health: " + status);
            return status;
        } catch (IOException e) {
            context.err().println("contacts: GET /health failed: " + e.getMessage());
            return -1;
        }
    }

    private static void printOnce(BootstrapLogin login, String url, PrintWriter out) {
        out.println();
        out.println("First start: created the account \"" + login.account().name() + "\" and its first user.");
        out.println("  login:    " + login.user().email().value());
        if (login.passwordGenerated()) {
            out.println("  password: " + login.password() + "   (generated; shown this once, only its hash is kept)");
        } else {
            out.println("  password: the one set in CONTACTS_BOOTSTRAP_PASSWORD");
        }
        out.println("  try:      curl -u '" + login.user().email().value() + ":<password>' " + url + "/account/who_am_i");
        out.println();
    }
}
