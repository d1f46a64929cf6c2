package io.contacts.app;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.pattern.ThrowableProxyConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.CoreConstants;

/**
 * Log converter: the throwable of a log line. An error — a bug — keeps its whole stack trace, as does any line of
 * a logger an operator turned to DEBUG; a warning gets its causes on the same line. A database outage fails every
 * request alike, and libraries warn of every broken connection: a trace each would bury the one line that matters.
 */
public final class OneLineThrowable extends ThrowableProxyConverter {

    /** The conversion word in {@link ConsoleLogging#PATTERN}. */
    static final String WORD = "causes";

    @Override
    public String convert(ILoggingEvent event) {
        IThrowableProxy thrown = event.getThrowableProxy();
        if (thrown == null) {
            return "";
        }
        if (event.getLevel().isGreaterOrEqual(Level.ERROR) || debugging(event)) {
            String trace = super.convert(event);
            return CoreConstants.LINE_SEPARATOR + trace.stripTrailing();
        }
        StringBuilder causes = new StringBuilder(" (");
        for (IThrowableProxy cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause != thrown) {
                causes.append("; caused by ");
            }
            causes.append(cause.getClassName());
            if (cause.getMessage() != null) {
                causes.append(": ").append(cause.getMessage().replace('\n', ' ').replace('\r', ' '));
            }
        }
        return causes.append(')').toString();
    }

    private boolean debugging(ILoggingEvent event) {
        return getContext() instanceof LoggerContext loggers && loggers.getLogger(event.getLoggerName()).isDebugEnabled();
    }
}
