package io.contacts.app;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxy;
import io.contacts.http.undertow.ContactsHttpServer;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** The access log's hand-built lines are byte for byte what the console pattern writes. */
class AccessLineEncoderTest {

    private final LoggerContext context = new LoggerContext();
    private final PatternLayoutEncoder pattern = ConsoleLogging.encoder(context);
    private final AccessLineEncoder encoder = new AccessLineEncoder(pattern);

    @Test
    void anAccessLineIsWhatThePatternWrites() {
        Random random = new Random(7);
        long from = Instant.parse("1999-12-31T23:59:58Z").toEpochMilli();
        for (int i = 0; i < 20_000; i++) {
            // Instants spread over decades, and runs of them within one second, as under load.
            long millis = i % 2 == 0 ? from + (long) (random.nextDouble() * 40L * 365 * 24 * 3600 * 1000)
                    : from + random.nextInt(3_000);
            LoggingEvent event = event(ContactsHttpServer.ACCESS_LOG, i % 3 == 0 ? Level.WARN : Level.INFO,
                    "GET /contacts/" + i + " 200 0.9ms request_id=r" + i + " user=" + (i % 5 == 0 ? "-" : "7")
                            + (i % 7 == 0 ? " \u00e9\u263a {} \\x0a" : ""), millis);

            assertThat(new String(encoder.encode(event), StandardCharsets.UTF_8))
                    .isEqualTo(new String(pattern.encode(event), StandardCharsets.UTF_8));
        }
    }

    @Test
    void linesItWasNotWrittenForAreThePatternsOwn() {
        LoggingEvent failed = event(ContactsHttpServer.ACCESS_LOG, Level.ERROR, "broken", 0);
        failed.setThrowableProxy(new ThrowableProxy(new IllegalStateException("boom")));
        LoggingEvent longName = event(ContactsHttpServer.ACCESS_LOG + ".with.a.rather.long.child.name", Level.INFO,
                "GET / 200", 0);

        assertThat(encoder.encode(failed)).isEqualTo(pattern.encode(failed));
        assertThat(new String(encoder.encode(failed), StandardCharsets.UTF_8)).contains("IllegalStateException: boom");
        assertThat(encoder.encode(longName)).isEqualTo(pattern.encode(longName));
    }

    private LoggingEvent event(String logger, Level level, String message, long millis) {
        LoggingEvent event = new LoggingEvent(AccessLineEncoderTest.class.getName(), context.getLogger(logger), level,
                message, null, null);
        event.setTimeStamp(millis);
        event.setThreadName("XNIO-1 task-" + (millis % 16));
        return event;
    }
}
