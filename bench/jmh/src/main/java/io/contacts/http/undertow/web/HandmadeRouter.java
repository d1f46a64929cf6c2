package io.contacts.http.undertow.web;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Benchmark reference: the router as it was written by hand before {@link Router} used Undertow's
 * {@code PathTemplateMatcher} — segments compared one by one — kept only to be measured beside it.
 */
public final class HandmadeRouter {

    /** Each route with its template already split: matching runs on every request. */
    private final List<Map.Entry<Route, List<String>>> routes = new ArrayList<>();

    public HandmadeRouter add(String method, String template, Access access, Action action) {
        return add(method, template, access, Payload.NONE, action);
    }

    public HandmadeRouter add(String method, String template, Access access, Payload payload, Action action) {
        routes.add(Map.entry(new Route(method, template, access, payload, anyType -> { }, action), segments(template)));
        return this;
    }

    public RouteMatch match(String method, String path) {
        List<String> parts = segments(path);
        String wanted = method.equals("HEAD") ? "GET" : method;
        Set<String> allowed = null;
        String template = null;
        for (Map.Entry<Route, List<String>> entry : routes) {
            Route route = entry.getKey();
            List<Long> ids = ids(entry.getValue(), parts);
            if (ids == null) {
                continue;
            }
            if (route.method().equals(wanted)) {
                return new RouteMatch(Optional.of(route), Optional.of(route.template()), ids, "");
            }
            template = route.template();
            allowed = allowed == null ? new LinkedHashSet<>() : allowed;
            allowed.add(route.method());
            if (route.method().equals("GET")) {
                allowed.add("HEAD");
            }
        }
        if (template == null) {
            return RouteMatch.none();
        }
        return new RouteMatch(Optional.empty(), Optional.of(template), List.of(), String.join(", ", allowed));
    }

    /** The path split at every slash, empty segments kept, one trailing slash ignored. */
    private static List<String> segments(String path) {
        int end = path.length() > 1 && path.endsWith("/") ? path.length() - 1 : path.length();
        List<String> segments = new ArrayList<>(4);
        int start = 0;
        for (int slash = path.indexOf('/'); slash >= 0 && slash < end; slash = path.indexOf('/', start)) {
            segments.add(path.substring(start, slash));
            start = slash + 1;
        }
        segments.add(path.substring(start, end));
        return segments;
    }

    /** The ids of a path that fits the template, or {@code null} when it does not fit (matching runs per route). */
    private static List<Long> ids(List<String> template, List<String> path) {
        if (template.size() != path.size()) {
            return null;
        }
        List<Long> ids = null;
        for (int i = 0; i < template.size(); i++) {
            String expected = template.get(i);
            String actual = path.get(i);
            if (expected.startsWith("{")) {
                long id = Router.positiveId(actual);
                if (id <= 0) {
                    return null;
                }
                ids = ids == null ? new ArrayList<>(2) : ids;
                ids.add(id);
            } else if (!expected.equals(actual)) {
                return null;
            }
        }
        return ids == null ? List.of() : ids;
    }
}
