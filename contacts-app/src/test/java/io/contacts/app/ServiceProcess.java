package io.contacts.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The runnable jar started as an operator starts it — {@code java -jar contacts-app.jar …} in a directory of its
 * own — with its standard output read line by line as it comes.
 */
public final class ServiceProcess implements AutoCloseable {

    /** Generous: a guard against a hung process on a loaded machine, not a measure of speed. */
    public static final Duration PATIENCE = Duration.ofSeconds(60);
    /** The jar under test; the build's class-data archive for it, if made, is beside it. */
    public static final Path JAR = Path.of(System.getProperty("contacts.app.jar", "target/contacts-app.jar"))
            .toAbsolutePath();
    private static final String END = "\u0000end of output";

    private final Process process;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final List<String> seen = new ArrayList<>();
    private final Thread reader;
    private final StringBuilder errors = new StringBuilder();
    private final Thread errorReader;

    private ServiceProcess(Process process) {
        this.process = process;
        this.reader = new Thread(this::pump, "service-output");
        reader.setDaemon(true);
        reader.start();
        // Read as it comes: a full pipe would stall the process, and a pipe read after exit may already be closed.
        this.errorReader = new Thread(this::pumpErrors, "service-errors");
        errorReader.setDaemon(true);
        errorReader.start();
    }

    /** Starts {@code java -jar contacts-app.jar args…} in {@code directory} with these extra environment variables. */
    public static ServiceProcess start(Path directory, Map<String, String> environment, String... args) {
        return start(List.of(), List.of(), directory, environment, args);
    }

    /**
     * The same, with SIGINT handled as in a terminal, where Ctrl-C reaches the service. A shell without job control
     * starts its background commands with SIGINT ignored, a build run that way passes that on, and the JVM leaves an
     * ignored SIGINT ignored: {@code env --default-signal} (GNU coreutils 8.31+) undoes it before the JVM starts.
     */
    public static ServiceProcess startInterruptible(Path directory, Map<String, String> environment, String... args) {
        return start(List.of("env", "--default-signal=INT"), List.of(), directory, environment, args);
    }

    /** As {@link #start(Path, Map, String...)}, with options for the JVM ({@code -Xmx64m}, say) before the jar's. */
    public static ServiceProcess startJvm(List<String> options, Path dir, Map<String, String> env, String... args) {
        return start(List.of(), options, dir, env, args);
    }

    private static ServiceProcess start(List<String> prefix, List<String> jvmOptions, Path directory,
                                        Map<String, String> environment, String... args) {
        List<String> command = new ArrayList<>(prefix);
        command.add(javaExecutable());
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", JAR.toString()));
        command.addAll(List.of(args));
        return run(directory, environment, command);
    }

    /** Runs {@code command} (a launcher, say) in {@code directory}, with only these of the CONTACTS_ settings. */
    public static ServiceProcess run(Path directory, Map<String, String> environment, List<String> command) {
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("CONTACTS_"));
        builder.environment().putAll(environment);
        builder.redirectError(ProcessBuilder.Redirect.PIPE);
        try {
            return new ServiceProcess(builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Runs one command to its end in {@code directory}, {@code input} (if not null) on its standard input, and
     * expects status 0; returns the last line of its standard output.
     */
    public static String lastLineOf(Path directory, String input, String... args) throws IOException,
            InterruptedException {
        return lastLineWith(directory, Map.of(), input, args);
    }

    /** As {@link #lastLineOf(Path, String, String...)}, with these CONTACTS_ settings (a database URL, say). */
    public static String lastLineWith(Path directory, Map<String, String> environment, String input, String... args)
            throws IOException, InterruptedException {
        try (ServiceProcess command = start(directory, environment, args)) {
            if (input != null) {
                command.input(input);
            }
            int status = command.awaitExit();
            if (status != 0) {
                throw new AssertionError(String.join(" ", args) + " ended with " + status + ": " + command.errors());
            }
            List<String> output = command.output();
            if (output.isEmpty()) {
                throw new AssertionError(String.join(" ", args) + " printed nothing");
            }
            return output.get(output.size() - 1);
        }
    }

    /** Waits for the first output line matching {@code pattern}; fails if the process ends first. */
    public Matcher awaitLine(String pattern) throws InterruptedException {
        Pattern wanted = Pattern.compile(pattern);
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            String line = lines.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            if (line == null || line.equals(END)) {
                break;
            }
            Matcher matcher = wanted.matcher(line);
            if (matcher.find()) {
                return matcher;
            }
        }
        throw new AssertionError("no line matching " + pattern + " in the output:\n" + String.join("\n", output()));
    }

    /** The port the service logged it listens on. */
    public int awaitPort() throws InterruptedException {
        return Integer.parseInt(awaitLine("listening on http://127\\.0\\.0\\.1:(\\d+)").group(1));
    }

    /** Writes to the process's standard input and closes it. */
    public void input(String text) throws IOException {
        try (Writer in = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8)) {
            in.write(text);
        }
    }

    /**
     * Sends SIGTERM, as a service manager does on stop. Through the process's handle: {@code Process.destroy()}
     * would also close the pipes, losing what the service writes while it stops.
     */
    public void terminate() {
        process.toHandle().destroy();
    }

    /** Sends SIGINT, as Ctrl-C in a terminal does. */
    public void interrupt() throws IOException, InterruptedException {
        Process kill = new ProcessBuilder("kill", "-INT", Long.toString(process.pid())).inheritIO().start();
        if (!kill.waitFor(PATIENCE.toMillis(), TimeUnit.MILLISECONDS) || kill.exitValue() != 0) {
            throw new AssertionError("kill -INT " + process.pid() + " failed");
        }
    }

    /** Sends SIGKILL, as a crash or the kernel's out-of-memory killer does: no shutdown hook runs. */
    public void kill() {
        process.destroyForcibly();
    }

    public int awaitExit() throws InterruptedException {
        if (!process.waitFor(PATIENCE.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the process did not end; output:\n" + String.join("\n", output()));
        }
        return process.exitValue();
    }

    /** Everything written to standard output so far; all of it once the process has ended. */
    public List<String> output() {
        if (!process.isAlive()) {
            try {
                reader.join(PATIENCE.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        synchronized (this) {
            return List.copyOf(seen);
        }
    }

    /** Everything written to standard error; waits for the process to end. */
    public String errors() throws IOException {
        try {
            process.waitFor(PATIENCE.toMillis(), TimeUnit.MILLISECONDS);
            errorReader.join(PATIENCE.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        synchronized (errors) {
            return errors.toString();
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            terminate();
            awaitExit();
        }
    }

    private void pump() {
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                lines.add(line);
                synchronized (this) {
                    seen.add(line);
                }
            }
        } catch (IOException e) {
            lines.add("output unreadable: " + e);
        } finally {
            lines.add(END);
        }
    }

    private void pumpErrors() {
        try (InputStreamReader err = new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8)) {
            char[] buffer = new char[8192];
            for (int read = err.read(buffer); read >= 0; read = err.read(buffer)) {
                synchronized (errors) {
                    errors.append(buffer, 0, read);
                }
            }
        } catch (IOException e) {
            synchronized (errors) {
                errors.append("standard error unreadable: ").append(e);
            }
        }
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
