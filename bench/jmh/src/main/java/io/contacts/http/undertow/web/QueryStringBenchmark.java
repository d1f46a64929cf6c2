package io.contacts.http.undertow.web;

import io.undertow.server.HttpServerExchange;
import io.undertow.util.ParameterLimitException;
import io.undertow.util.URLUtils;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Benchmark (wall time, and CPU time per call from {@link CpuTime}): query and form parameters — one parameter looked up in what Undertow parsed with the request line,
 * against splitting the raw query again as {@link QueryString} did; and a form body split in order by
 * {@link QueryString#pairs} against Undertow's own parser ({@code URLUtils.parseQueryString}, sorted by name).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class QueryStringBenchmark {

    private static final String QUERY = "updated_since=2010-09-25+18%3A30&access_token=3f2a9c81d4e5b6a7c8d9e0f1a2b3c4d5";
    private static final String FORM = "contact%5Bclient_id%5D=2&contact%5Bfirst_name%5D=Ada"
            + "&contact%5Blast-name%5D=Lovelace+King&contact%5Bemail%5D=ada%40example.com&contact%5Btitle%5D=Countess";

    private final HttpServerExchange parsed = new HttpServerExchange(null);

    @Setup
    public void setUp() throws ParameterLimitException {
        URLUtils.parseQueryString(QUERY, parsed, "UTF-8", true, 100);
    }

    @Benchmark
    public Optional<String> accessTokenFromUndertowsParameters(CpuTime cpu) {
        cpu.calls++;
        return QueryString.parameter(parsed, "access_token");
    }

    /** What Undertow does for every request with a query, while it parses the request line. */
    @Benchmark
    public Map<String, Deque<String>> queryParsedByUndertow(CpuTime cpu) throws ParameterLimitException {
        cpu.calls++;
        HttpServerExchange exchange = new HttpServerExchange(null);
        URLUtils.parseQueryString(QUERY, exchange, "UTF-8", true, 100);
        return exchange.getQueryParameters();
    }

    /** The lookup as it was: the raw query split and decoded again, the last value kept. */
    @Benchmark
    public Optional<String> accessTokenFromTheRawQueryHandmade(CpuTime cpu) {
        cpu.calls++;
        String found = null;
        for (Map.Entry<String, String> pair : QueryString.pairs(QUERY, "query string")) {
            if (pair.getKey().equals("access_token")) {
                found = pair.getValue();
            }
        }
        return Optional.ofNullable(found);
    }

    @Benchmark
    public List<Map.Entry<String, String>> formBodyHandmade(CpuTime cpu) {
        cpu.calls++;
        return QueryString.pairs(FORM, "form body");
    }

    @Benchmark
    public Map<String, Deque<String>> formBodyUndertow(CpuTime cpu) throws ParameterLimitException {
        cpu.calls++;
        HttpServerExchange exchange = new HttpServerExchange(null);
        URLUtils.parseQueryString(FORM, exchange, "UTF-8", true, QueryString.MAX_PAIRS);
        return exchange.getQueryParameters();
    }
}
