package io.contacts.http.undertow.web;

import io.undertow.util.PathTemplateMatcher;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Driving adapter: finds the route of a request, with one of Undertow's {@link PathTemplateMatcher}s per method. A
 * trailing slash is ignored; an id segment matches only a positive integer that fits a long (anything else is 404,
 * like an id that does not exist); HEAD is served by the GET route; a known path with another method is 405 with
 * {@code Allow}, its methods in the order their routes were added.
 */
public final class Router<F extends WireFormat> {

    private static final int MAX_ID_DIGITS = 19;

    private final Map<String, PathTemplateMatcher<Route<F>>> byMethod = new LinkedHashMap<>();
    private final List<Route<F>> routes = new ArrayList<>();

    public Router<F> add(String method, String template, Access access, Action<F> action) {
        return add(method, template, access, Payload.NONE, action);
    }

    public Router<F> add(String method, String template, Access access, Payload payload, Action<F> action) {
        return add(new Route<>(method, template, access, payload, anyType -> { }, action));
    }

    /** A route that reads a file, of the Content-Types that {@code fileType} lets through. */
    public Router<F> addFile(String method, String template, Access access, Consumer<String> fileType,
                             Action<F> action) {
        return add(new Route<>(method, template, access, Payload.FILE, fileType, action));
    }

    private Router<F> add(Route<F> route) {
        String method = route.method();
        String template = route.template();
        byMethod.computeIfAbsent(method, any -> new PathTemplateMatcher<>()).add(template, route);
        routes.add(route);
        return this;
    }

    public RouteMatch<F> match(String method, String path) {
        String trimmed = path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        if (trimmed.endsWith("/") && trimmed.length() > 1) {
            // The matcher would ignore this second slash too; only one is.
            return RouteMatch.none();
        }
        String wanted = method.equals("HEAD") ? "GET" : method;
        RouteMatch<F> found = find(wanted, trimmed);
        if (found != null) {
            return found;
        }
        List<Route<F>> others = new ArrayList<>(4);
        for (String other : byMethod.keySet()) {
            RouteMatch<F> match = other.equals(wanted) ? null : find(other, trimmed);
            if (match != null) {
                others.add(match.route().orElseThrow());
            }
        }
        if (others.isEmpty()) {
            return RouteMatch.none();
        }
        others.sort(Comparator.comparingInt(routes::indexOf));
        Set<String> allowed = new LinkedHashSet<>();
        for (Route<F> route : others) {
            allowed.add(route.method());
            if (route.method().equals("GET")) {
                allowed.add("HEAD");
            }
        }
        String template = others.get(others.size() - 1).template();
        return new RouteMatch<>(Optional.empty(), Optional.of(template), List.of(), String.join(", ", allowed));
    }

    /** The route of this method whose template fits the path with valid ids, or {@code null}. */
    private RouteMatch<F> find(String method, String path) {
        PathTemplateMatcher<Route<F>> matcher = byMethod.get(method);
        PathTemplateMatcher.PathMatchResult<Route<F>> result = matcher == null ? null : matcher.match(path);
        if (result == null) {
            return null;
        }
        List<Long> ids = new ArrayList<>(2);
        for (String text : result.getParameters().values()) {
            long id = positiveId(text);
            if (id <= 0) {
                return null;
            }
            ids.add(id);
        }
        Route<F> route = result.getValue();
        return new RouteMatch<>(Optional.of(route), Optional.of(route.template()), ids, "");
    }

    /** An id as a path or a parameter gives it: a positive integer that fits a long; 0 for anything else. */
    public static long positiveId(String text) {
        if (text.isEmpty() || text.length() > MAX_ID_DIGITS) {
            return 0;
        }
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return 0;
            }
        }
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
