package io.contacts.app;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator.ExecutionStatus;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import io.contacts.http.undertow.ContactsHttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The service's console log: its format, its levels, and an access log that loses no line. */
class ConsoleLoggingTest {

    private final ByteArrayOutputStream console = new ByteArrayOutputStream();
    private final PrintStream systemOut = System.out;
    private final LoggerContext context = new LoggerContext();

    @BeforeEach
    void captureConsole() {
        context.setMDCAdapter(new LogbackMDCAdapter()); // as Logback's SLF4J binding gives its own context
        System.setOut(new PrintStream(console, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restoreConsole() {
        context.stop();
        System.setOut(systemOut);
        System.clearProperty("contacts.log.level");
        System.clearProperty("contacts.log.format");
        System.clearProperty("logback.configurationFile");
    }

    @Test
    void everyAccessLineFromManyThreadsIsWrittenWholeByTheTimeLoggingStops() throws InterruptedException {
        configure();
        Logger access = context.getLogger(ContactsHttpServer.ACCESS_LOG);
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            int thread = t;
            Thread writer = new Thread(() -> {
                for (int i = 0; i < 2_000; i++) {
                    access.info("GET /contacts/{} 200 thread={}", i, thread);
                }
            });
            writer.start();
            threads.add(writer);
        }
        for (Thread thread : threads) {
            thread.join();
        }
        context.stop();

        List<String> lines = lines();
        assertThat(lines).hasSize(16_000)
                .allMatch(line -> line.matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z INFO  \\[.+] "
                        + "io\\.contacts\\.http\\.access - GET /contacts/\\d+ 200 thread=\\d"));
        assertThat(lines).filteredOn(line -> line.endsWith("thread=3")).hasSize(2_000);
    }

    @Test
    void anAccessLineAppearsWithoutWaitingForTheNextOneOrForTheStop() throws InterruptedException {
        configure();
        context.getLogger(ContactsHttpServer.ACCESS_LOG).info("GET /health 200");

        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (lines().isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(1);
        }
        assertThat(lines()).singleElement().asString().endsWith("io.contacts.http.access - GET /health 200");
    }

    @Test
    void otherLinesAreWrittenAtOnceAndAnAccessLineOnlyOnce() {
        configure();
        context.getLogger("io.contacts.app.Storage").warn("pool almost exhausted");
        assertThat(lines()).singleElement().asString().endsWith("WARN  [main] io.contacts.app.Storage - pool almost exhausted");

        context.getLogger(ContactsHttpServer.ACCESS_LOG).info("GET /health 200");
        context.stop();
        assertThat(lines()).hasSize(2).last().asString().endsWith("GET /health 200");
    }

    @Test
    void levelComesFromTheSettingAndLibrariesSpeakOnlyWhenSomethingIsWrong() {
        System.setProperty("contacts.log.level", "warn");
        configure();

        assertThat(context.getLogger(Logger.ROOT_LOGGER_NAME).getLevel()).isEqualTo(Level.WARN);
        assertThat(context.getLogger(ContactsHttpServer.ACCESS_LOG).isInfoEnabled()).isFalse();
        assertThat(context.getLogger("com.zaxxer.hikari.pool.HikariPool").getEffectiveLevel()).isEqualTo(Level.WARN);
    }

    @Test
    void aThrowableIsItsCausesOnTheEventsOneLineAndAnErrorSaysWhereTheInnermostWasThrown() {
        configure();
        Exception failure = new IllegalStateException("Connection is not available",
                new java.sql.SQLException("An I/O error occurred while sending to the backend.",
                        new java.io.EOFException()));

        context.getLogger("com.zaxxer.hikari.pool.ProxyConnection").warn("connection marked as broken", failure);
        assertThat(lines()).singleElement().asString().endsWith("connection marked as broken"
                + " (java.lang.IllegalStateException: Connection is not available; caused by java.sql.SQLException:"
                + " An I/O error occurred while sending to the backend.; caused by java.io.EOFException)");

        context.getLogger("io.contacts.http.undertow.web.ErrorResponses").error("Request 42 failed unexpectedly", failure);
        assertThat(lines()).hasSize(2).element(1).asString().contains("Request 42 failed unexpectedly (java.lang."
                        + "IllegalStateException: Connection is not available; caused by java.sql.SQLException")
                .containsPattern("caused by java\\.io\\.EOFException\\) at io\\.contacts\\.app\\.ConsoleLoggingTest\\."
                        + "\\w+\\(ConsoleLoggingTest\\.java:\\d+\\)$");
    }

    @Test
    void asJsonEveryEventIsOneObjectOnOneLineAndTheMdcItsFields() {
        System.setProperty("contacts.log.format", "json");
        configure();
        context.getMDCAdapter().put("request_id", "r-1");
        try {
            context.getLogger(ContactsHttpServer.ACCESS_LOG).info("GET /health 200");
        } finally {
            context.getMDCAdapter().remove("request_id");
        }
        context.getLogger("io.contacts.app.Storage").error("failed\nacross lines", new IllegalStateException("boom"));
        context.stop();

        assertThat(lines()).hasSize(2).allMatch(line -> line.startsWith("{") && line.endsWith("}"));
        // The access line is written by its own appender's thread: the order of the two is not the point.
        assertThat(lines()).filteredOn(line -> line.contains("io.contacts.http.access")).singleElement().asString()
                .contains("\"level\":\"INFO\"", "\"mdc\":", "\"request_id\":\"r-1\"",
                        "\"formattedMessage\":\"GET \\/health 200\"");
        assertThat(lines()).filteredOn(line -> line.contains("Storage")).singleElement().asString()
                .contains("\"formattedMessage\":\"failed\\nacross lines\"",
                        "\"throwable\":{\"className\":\"java.lang.IllegalStateException\"", "\"stepArray\":[");
    }

    @Test
    void aLoggerTurnedToDebugKeepsItsTraces() {
        configure();
        context.getLogger("com.zaxxer.hikari").setLevel(Level.DEBUG);

        context.getLogger("com.zaxxer.hikari.pool.ProxyConnection").warn("marked as broken", new java.io.EOFException());

        assertThat(lines()).hasSizeGreaterThan(2).anyMatch(line -> line.startsWith("\tat "));
    }

    @Test
    void anOperatorsOwnConfigurationFileTakesOver() {
        System.setProperty("logback.configurationFile", "operator-logback.xml");

        assertThat(new ConsoleLogging().configure(context)).isEqualTo(ExecutionStatus.INVOKE_NEXT_IF_ANY);
        assertThat(context.getLogger(Logger.ROOT_LOGGER_NAME).iteratorForAppenders().hasNext()).isFalse();
    }

    private void configure() {
        ConsoleLogging logging = new ConsoleLogging();
        logging.setContext(context);
        assertThat(logging.configure(context)).isEqualTo(ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY);
    }

    private List<String> lines() {
        String text = console.toString(StandardCharsets.UTF_8);
        return text.isEmpty() ? List.of() : List.of(text.split("\n"));
    }
}
