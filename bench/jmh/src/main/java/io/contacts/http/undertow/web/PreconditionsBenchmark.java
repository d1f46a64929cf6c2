package io.contacts.http.undertow.web;

import io.undertow.util.DateUtils;
import io.undertow.util.ETag;
import io.undertow.util.ETagUtils;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;

/**
 * Benchmark: what every answer with one resource computes — its {@code Last-Modified} date, written by hand
 * ({@link Preconditions#httpDate}), by the JDK's pattern formatter, by Undertow's {@code DateUtils} and by the
 * JDK's RFC 1123 formatter — and the {@code If-None-Match} / {@code If-Match} checks against Undertow's
 * {@code ETagUtils}, in the same run.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PreconditionsBenchmark {

    private static final DateTimeFormatter IMF_FIXDATE =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US).withZone(ZoneOffset.UTC);

    private final Instant updatedAt = Instant.parse("2026-11-26T08:49:37.123456Z");
    private final String etag = Preconditions.etag("contact", 123456, 3);
    private final String ifNoneMatch = "\"contact-123456-2\", W/\"contact-123456-3\"";
    private final String ifMatch = "\"contact-123456-3\"";

    @Benchmark
    public String httpDateHandmade(CpuTime cpu) {
        cpu.calls++;
        return Preconditions.httpDate(updatedAt);
    }

    @Benchmark
    public String httpDateJdkPattern(CpuTime cpu) {
        cpu.calls++;
        return IMF_FIXDATE.format(updatedAt);
    }

    /** Undertow's: a thread's SimpleDateFormat, on the Julian calendar before 1582. */
    @Benchmark
    public String httpDateUndertowDateUtils(CpuTime cpu) {
        cpu.calls++;
        return DateUtils.toDateString(Date.from(updatedAt));
    }

    /** The JDK's constant: not the IMF-fixdate, it writes days 1 to 9 with one digit. */
    @Benchmark
    public String httpDateJdkRfc1123(CpuTime cpu) {
        cpu.calls++;
        return DateTimeFormatter.RFC_1123_DATE_TIME.format(updatedAt.atOffset(ZoneOffset.UTC));
    }

    @Benchmark
    public boolean ifNoneMatchHandmade(CpuTime cpu) {
        cpu.calls++;
        return Preconditions.notModified(ifNoneMatch, null, etag, updatedAt);
    }

    /** Undertow's: never 304 for {@code *}, and reads an unclosed quote as a tag. */
    @Benchmark
    public boolean ifNoneMatchUndertowETagUtils(CpuTime cpu) {
        cpu.calls++;
        return !ETagUtils.handleIfNoneMatch(ifNoneMatch, new ETag(false, etag.substring(1, etag.length() - 1)), true);
    }

    @Benchmark
    public OptionalLong ifMatchHandmade(CpuTime cpu) {
        cpu.calls++;
        return Preconditions.expectedVersion(ifMatch, "contact", 123456, () -> 3);
    }

    /** Undertow's: needs the current tag before the write, where the hand-made check gives the write a version. */
    @Benchmark
    public boolean ifMatchUndertowETagUtils(CpuTime cpu) {
        cpu.calls++;
        return ETagUtils.handleIfMatch(ifMatch, new ETag(false, "contact-123456-3"), false);
    }
}
