package io.contacts.http.undertow.web;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.TimeUnit;

/**
 * Benchmark: finding the route of a request in the API's own table — with Undertow's {@code PathTemplateMatcher}
 * ({@link Router}) and with the segment-by-segment router it replaced ({@link HandmadeRouter}), in the same run.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class RoutingBenchmark {

    /** The routes of ContactRoutes, ClientRoutes, AccountRoutes and OperationsRoutes, in the order they are added. */
    private static final String[][] TABLE = {
        {"GET", "/contacts"}, {"POST", "/contacts"}, {"GET", "/contacts/{contact_id}"},
        {"PUT", "/contacts/{contact_id}"}, {"DELETE", "/contacts/{contact_id}"},
        {"GET", "/clients/{client_id}/contacts"}, {"GET", "/clients"}, {"POST", "/clients"},
        {"GET", "/clients/{client_id}"}, {"PUT", "/clients/{client_id}"}, {"DELETE", "/clients/{client_id}"},
        {"POST", "/clients/{client_id}/toggle"}, {"GET", "/account/who_am_i"},
        {"GET", "/account/rate_limit_status"}, {"GET", "/health"}, {"GET", "/ready"}, {"GET", "/metrics"}};

    /** A GET of one contact, a client's list, a 405 (with Allow) and a 404. */
    @Param({"GET /contacts/123456", "GET /clients/42/contacts/", "POST /contacts/5", "GET /contacts/abc"})
    public String request;

    private final Router library = new Router();
    private final HandmadeRouter handmade = new HandmadeRouter();
    private String method;
    private String path;

    @Setup
    public void setUp() {
        for (String[] route : TABLE) {
            library.add(route[0], route[1], Access.COUNTED, exchange -> { });
            handmade.add(route[0], route[1], Access.COUNTED, exchange -> { });
        }
        method = request.substring(0, request.indexOf(' '));
        path = request.substring(request.indexOf(' ') + 1);
    }

    @Benchmark
    public RouteMatch undertowPathTemplateMatcher(CpuTime cpu) {
        cpu.calls++;
        return library.match(method, path);
    }

    @Benchmark
    public RouteMatch handmade(CpuTime cpu) {
        cpu.calls++;
        return handmade.match(method, path);
    }
}
