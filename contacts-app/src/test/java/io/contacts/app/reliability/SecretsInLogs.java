package io.contacts.app.reliability;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.AppenderBase;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Test rule: no password, token or Basic credential the suite used ever appears in a log line the service
 * wrote while the suite ran — message, arguments or stack trace. Every line the in-process service logs is
 * recorded from before the first test to after the last; the scan runs once the suite is done.
 *
 * <p>{@link #atDebugLevel()} records at DEBUG as well (an operator may turn it on), keeping those lines
 * off the console for the suite's duration.
 */
final class SecretsInLogs implements BeforeAllCallback, AfterAllCallback {

    /** Every secret any suite used; a secret of one suite must not show up in another's log either. */
    private static final Set<String> SECRETS = ConcurrentHashMap.newKeySet();

    private final boolean debug;
    private final Queue<String> lines = new ConcurrentLinkedQueue<>();
    private final Appender<ILoggingEvent> recorder = new AppenderBase<>() {
        @Override
        protected void append(ILoggingEvent event) {
            String trace = event.getThrowableProxy() == null ? ""
                    : "\n" + ThrowableProxyUtil.asString(event.getThrowableProxy());
            lines.add(event.getLoggerName() + " [" + event.getThreadName() + "] " + event.getFormattedMessage()
                    + trace);
        }
    };
    private Level rootLevel;
    private final List<Appender<ILoggingEvent>> detached = new ArrayList<>();

    private SecretsInLogs(boolean debug) {
        this.debug = debug;
    }

    static SecretsInLogs atInfoLevel() {
        return new SecretsInLogs(false);
    }

    static SecretsInLogs atDebugLevel() {
        return new SecretsInLogs(true);
    }

    /** A value that must never be logged; values too short to mean anything are ignored. */
    static void remember(String secret) {
        if (secret != null && secret.length() >= 8) {
            SECRETS.add(secret);
        }
    }

    /** How many lines were recorded so far (the report quotes it). */
    int lineCount() {
        return lines.size();
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        Logger root = root();
        recorder.setContext(root.getLoggerContext());
        recorder.setName("secrets-in-logs");
        recorder.start();
        if (debug) {
            rootLevel = root.getLevel();
            for (Iterator<Appender<ILoggingEvent>> it = root.iteratorForAppenders(); it.hasNext(); ) {
                detached.add(it.next());
            }
            detached.forEach(root::detachAppender);
            root.setLevel(Level.DEBUG);
        }
        root.addAppender(recorder);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        Logger root = root();
        root.detachAppender(recorder);
        recorder.stop();
        if (debug) {
            root.setLevel(rootLevel);
            detached.forEach(root::addAppender);
        }
        Report.line("%s: %d log lines scanned for %d secrets",
                context.getDisplayName(), lines.size(), SECRETS.size());
        assertThat(lines).as("log lines the service wrote").isNotEmpty();
        for (String line : lines) {
            for (String secret : SECRETS) {
                assertThat(line).as("a log line carrying a secret").doesNotContain(secret);
            }
        }
    }

    private static Logger root() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        return context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    }
}
