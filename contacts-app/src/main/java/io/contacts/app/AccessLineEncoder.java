package io.contacts.app;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.CoreConstants;
import ch.qos.logback.core.encoder.Encoder;
import ch.qos.logback.core.encoder.EncoderBase;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Log encoder for the access log: the bytes {@link ConsoleLogging#PATTERN} gives an access line, built by hand.
 * The pattern's converters were the larger part of an access line's cost on the request threads. Lines it was
 * not written for — with a throwable, or from a logger whose name the pattern would abbreviate — go to the
 * pattern's own encoder.
 */
final class AccessLineEncoder extends EncoderBase<ILoggingEvent> {

    /** Names up to this long are written whole by {@code %logger{36}}. */
    private static final int WHOLE_LOGGER_NAME = 36;
    private static final DateTimeFormatter SECOND = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.");

    private final Encoder<ILoggingEvent> pattern;
    /** The text of the last second a line was logged in; lines come by the thousand per second. */
    private volatile Second last = new Second(Long.MIN_VALUE, "");

    AccessLineEncoder(Encoder<ILoggingEvent> pattern) {
        this.pattern = pattern;
    }

    @Override
    public byte[] headerBytes() {
        return null;
    }

    @Override
    public byte[] encode(ILoggingEvent event) {
        String logger = event.getLoggerName();
        if (event.getThrowableProxy() != null || logger.length() > WHOLE_LOGGER_NAME) {
            return pattern.encode(event);
        }
        String message = event.getFormattedMessage();
        String level = event.getLevel().toString();
        StringBuilder line = new StringBuilder(64 + logger.length() + message.length());
        timestamp(line, event.getTimeStamp());
        line.append(' ').append(level);
        for (int pad = level.length(); pad < 5; pad++) {
            line.append(' ');
        }
        line.append(" [").append(event.getThreadName()).append("] ").append(logger).append(" - ").append(message)
                .append(CoreConstants.LINE_SEPARATOR);
        return line.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public byte[] footerBytes() {
        return null;
    }

    /** {@code yyyy-MM-dd'T'HH:mm:ss.SSS'Z'} in UTC. */
    private void timestamp(StringBuilder line, long millis) {
        long epochSecond = Math.floorDiv(millis, 1000);
        Second second = last;
        if (second.epochSecond() != epochSecond) {
            second = new Second(epochSecond, SECOND.format(LocalDateTime.ofEpochSecond(epochSecond, 0, ZoneOffset.UTC)));
            last = second;
        }
        int milli = (int) Math.floorMod(millis, 1000);
        line.append(second.text()).append((char) ('0' + milli / 100)).append((char) ('0' + milli / 10 % 10))
                .append((char) ('0' + milli % 10)).append('Z');
    }

    /** One second's text, up to its fraction. */
    private record Second(long epochSecond, String text) {
    }
}
