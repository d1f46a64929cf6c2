package io.contacts.app;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.CoreConstants;
import ch.qos.logback.core.pattern.DynamicConverter;
import ch.qos.logback.core.spi.ContextAwareBase;
import io.contacts.http.undertow.ContactsHttpServer;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The service's logging: one line per event on standard output, its console being its log, collected by whatever
 * runs it; a stack trace only for an error ({@link OneLineThrowable}). Set up in code rather than from a {@code logback.xml}: reading XML was a tenth of every start. An
 * operator's own file ({@code -Dlogback.configurationFile=…}) still takes over.
 */
public final class ConsoleLogging extends ContextAwareBase implements Configurator {

    static final String PATTERN = "%d{yyyy-MM-dd'T'HH:mm:ss.SSS'Z', UTC} %-5level [%thread] %logger{36} - %msg%"
            + OneLineThrowable.WORD + "%n";
    /** Libraries speak up only when something is wrong. */
    private static final List<String> QUIET = List.of("com.zaxxer.hikari", "org.flywaydb", "org.jooq", "io.undertow",
            "org.xnio", "org.jboss");

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (System.getProperty("logback.configurationFile") != null) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        ConsoleAppender<ILoggingEvent> console = new ConsoleAppender<>();
        console.setContext(context);
        console.setName("CONSOLE");
        console.setEncoder(encoder(context));
        console.start();
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(rootLevel());
        root.addAppender(console);
        QUIET.forEach(name -> context.getLogger(name).setLevel(Level.WARN));

        // The access log, a line per request, is written in batches off the request threads.
        BatchedConsoleAppender batched = new BatchedConsoleAppender();
        batched.setContext(context);
        batched.setName("ACCESS");
        batched.setEncoder(encoder(context));
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

    /** {@code CONTACTS_LOG_LEVEL} (or {@code -Dcontacts.log.level}), INFO by default. */
    private static Level rootLevel() {
        return Optional.ofNullable(System.getProperty("contacts.log.level"))
                .or(() -> Optional.ofNullable(System.getenv("CONTACTS_LOG_LEVEL")))
                .map(level -> Level.toLevel(level.strip().toUpperCase(Locale.ROOT), Level.INFO))
                .orElse(Level.INFO);
    }
}
