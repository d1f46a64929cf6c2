package io.contacts.app;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.pattern.ThrowableProxyConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.StackTraceElementProxy;
import ch.qos.logback.core.CoreConstants;

/**
 * Log converter: the throwable of a text log line, on that line — its causes, and for an error (a bug) where the
 * innermost was thrown — so that every event is one line a collector can ship. A database outage fails every request
 * alike, and libraries warn of every broken connection: a trace each would bury the one line that matters. The whole
 * stack trace comes with {@code --debug}, for a logger an operator turned to DEBUG, or in the JSON format.
 */
public final class OneLineThrowable extends ThrowableProxyConverter {

    /** The conversion word in {@link ConsoleLogging#PATTERN}. */
    static final String WORD = "causes";
    private static final int MAX_CAUSES = 32;

    private static volatile boolean traces;

    /** From now on, every throwable with its whole stack trace ({@code --debug}). */
    static void showTraces() {
        traces = true;
    }

    @Override
    public String convert(ILoggingEvent event) {
        IThrowableProxy thrown = event.getThrowableProxy();
        if (thrown == null) {
            return "";
        }
        if (traces || debugging(event)) {
            String trace = super.convert(event);
            return CoreConstants.LINE_SEPARATOR + trace.stripTrailing();
        }
        StringBuilder causes = new StringBuilder(" (");
        IThrowableProxy innermost = thrown;
        int depth = 0;
        for (IThrowableProxy cause = thrown; cause != null && depth++ < MAX_CAUSES; cause = cause.getCause()) {
            if (cause != thrown) {
                causes.append("; caused by ");
            }
            causes.append(cause.getClassName());
            if (cause.getMessage() != null) {
                causes.append(": ").append(oneLine(cause.getMessage()));
            }
            innermost = cause;
        }
        causes.append(')');
        StackTraceElementProxy[] frames = innermost.getStackTraceElementProxyArray();
        if (event.getLevel().isGreaterOrEqual(Level.ERROR) && frames != null
                && frames.length > 0) {
            causes.append(' ').append(frames[0].getSTEAsString());
        }
        return causes.toString();
    }

    private static String oneLine(String message) {
        return message.replace('\n', ' ').replace('\r', ' ');
    }

    private boolean debugging(ILoggingEvent event) {
        return getContext() instanceof LoggerContext loggers && loggers.getLogger(event.getLoggerName()).isDebugEnabled();
    }
}
