package io.contacts.app;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.JsonEncoder;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.CoreConstants;
import ch.qos.logback.core.encoder.Encoder;
import ch.qos.logback.core.pattern.DynamicConverter;
import ch.qos.logback.core.spi.ContextAwareBase;
import io.contacts.app.config.ConfigSource;
import io.contacts.app.config.LogSettings;
import io.contacts.http.undertow.ContactsHttpServer;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The service's logging: one line per event on standard output, its console being its log, collected by whatever
 * runs it — as text ({@link #PATTERN}, a throwable's causes on the line: {@link OneLineThrowable}) or as one JSON
 * object per line (Logback's {@link JsonEncoder}; the access log's parts are fields of its {@code mdc}), by
 * {@code CONTACTS_LOG_FORMAT}. Set up in code rather than from a {@code logback.xml}: reading XML was a tenth of every
 * start. An operator's own file ({@code -Dlogback.configurationFile=…}) still takes over.
 */
public final class ConsoleLogging extends ContextAwareBase implements Configurator {

    static final String PATTERN = "%d{yyyy-MM-dd'T'HH:mm:ss.SSS'Z', UTC} %-5level [%thread] %logger{36} - %msg%"
            + OneLineThrowable.WORD + "%n";
    /** Libraries speak up only when something is wrong. */
    private static final List<String> QUIET = List.of("com.zaxxer.hikari", "org.flywaydb", "org.jooq", "io.undertow",
            "org.xnio", "org.jboss");
    private static final String CONSOLE = "CONSOLE";

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (System.getProperty("logback.configurationFile") != null) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        // A bad value is refused by the command, which reads the same settings; until then the defaults log it.
        LogSettings settings = LogSettings.loadOrDefaults(ConfigSource.system());
        ConsoleAppender<ILoggingEvent> console = new ConsoleAppender<>();
        console.setContext(context);
        console.setName(CONSOLE);
        console.setEncoder(encoder(context, settings.json()));
        console.start();
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.toLevel(settings.level(), Level.INFO));
        root.addAppender(console);
        QUIET.forEach(name -> context.getLogger(name).setLevel(Level.WARN));

        // The access log, a line per request, is written in batches off the request threads.
        BatchedConsoleAppender batched = new BatchedConsoleAppender();
        batched.setContext(context);
        batched.setName("ACCESS");
        batched.setEncoder(encoder(context, settings.json()));
        batched.start();
        Logger access = context.getLogger(ContactsHttpServer.ACCESS_LOG);
        access.setAdditive(false);
        access.addAppender(batched);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    /** Writes out the lines still waiting and stops logging: the last step of a service's shutdown. */
    public static void stop() {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
            context.stop();
        }
    }

    /**
     * Sends the log to standard error: for a command whose standard output is its result ({@code token create}
     * prints the token alone there, for {@code TOKEN=$(…)}), so that no log line mixes into it.
     */
    public static void toStandardError() {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
            Appender<ILoggingEvent> appender = context.getLogger(Logger.ROOT_LOGGER_NAME).getAppender(CONSOLE);
            if (appender instanceof ConsoleAppender<ILoggingEvent> console && !console.getTarget().equals("System.err")) {
                console.stop();
                console.setTarget("System.err");
                console.start();
            }
        }
    }

    /** {@code --debug}: everything from DEBUG up (libraries kept quiet still), and every throwable's whole trace. */
    public static void debug() {
        OneLineThrowable.showTraces();
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context
                && context.getLogger(Logger.ROOT_LOGGER_NAME).getAppender(CONSOLE) != null) {
            context.getLogger(Logger.ROOT_LOGGER_NAME).setLevel(Level.DEBUG);
        }
    }

    /** The encoder of one log line: {@link #PATTERN}, or one JSON object. */
    static Encoder<ILoggingEvent> encoder(LoggerContext context, boolean json) {
        return json ? jsonEncoder(context) : encoder(context);
    }

    /** An encoder of {@link #PATTERN}, its own conversion word known to the context. */
    static PatternLayoutEncoder encoder(LoggerContext context) {
        Map<String, Supplier<DynamicConverter>> rules = new HashMap<>();
        rules.put(OneLineThrowable.WORD, OneLineThrowable::new);
        context.putObject(CoreConstants.PATTERN_RULE_REGISTRY_FOR_SUPPLIERS, rules);
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(PATTERN);
        encoder.setCharset(StandardCharsets.UTF_8);
        encoder.start();
        return encoder;
    }

    /**
     * Logback's JSON Lines encoder: {@code timestamp} (epoch milliseconds), {@code level}, {@code threadName},
     * {@code loggerName}, {@code mdc} (an access line's {@code request_id}, {@code user}, {@code status},
     * {@code duration_ms}, ...), {@code formattedMessage} and, with a throwable, {@code throwable} with its whole
     * trace — still on the one line. The logger context, raw message pattern and arguments are left out as noise.
     */
    static JsonEncoder jsonEncoder(LoggerContext context) {
        JsonEncoder encoder = new JsonEncoder();
        encoder.setContext(context);
        encoder.setWithSequenceNumber(false);
        encoder.setWithNanoseconds(false);
        encoder.setWithContext(false);
        encoder.setWithMessage(false);
        encoder.setWithArguments(false);
        encoder.setWithFormattedMessage(true);
        encoder.start();
        return encoder;
    }
}
