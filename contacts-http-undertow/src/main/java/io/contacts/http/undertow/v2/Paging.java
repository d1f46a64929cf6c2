package io.contacts.http.undertow.v2;

import io.contacts.domain.model.Page;
import io.contacts.domain.model.PageRequest;
import io.contacts.http.undertow.web.ApiExchange;
import io.contacts.http.undertow.web.HttpProblem;
import io.contacts.http.undertow.web.Router;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.ToLongFunction;

/**
 * Driving adapter rule: v2's pagination. {@code per_page} is 1–2000 (2000 when not sent); {@code cursor}, which
 * wins over {@code page}, continues after the last entry of the page before, one range of the index wherever it is
 * ({@link Cursor} carries the count); {@code page} counts pages from the newest. Every page links to the first and
 * last pages by number and to the next by cursor, as Harvest's do; the numbers v2 leaves null on a cursor's middle
 * pages are null here too.
 *
 * @param request what the client asked for
 * @param base    the list's absolute URL with its filters, to which the links add their parameters
 */
record Paging(PageRequest request, String base) {

    static final int MAX_PER_PAGE = 2000;

    /** @param filters the list's filter parameters as sent, in the order the links repeat them */
    static Paging of(ApiExchange<?> exchange, String path, List<Map.Entry<String, String>> filters) {
        int perPage = (int) positive(exchange, "per_page", MAX_PER_PAGE);
        PageRequest request = exchange.query("cursor").map(cursor -> Cursor.page(cursor, perPage))
                .orElseGet(() -> PageRequest.numbered((int) positive(exchange, "page", Integer.MAX_VALUE), perPage));
        StringBuilder base = new StringBuilder(exchange.origin()).append(path).append('?');
        for (Map.Entry<String, String> filter : filters) {
            base.append(filter.getKey()).append('=')
                    .append(URLEncoder.encode(filter.getValue(), StandardCharsets.UTF_8)).append('&');
        }
        return new Paging(request, base.toString());
    }

    /** The document of a page of this request, linking to its neighbours; {@code id} names an entry's cursor. */
    <T> PageDocument<T> document(Page<T> page, ToLongFunction<T> id) {
        int perPage = request.size();
        long totalPages = Math.max(1, (page.totalEntries() + perPage - 1) / perPage);
        OptionalLong number = request.lastId().isEmpty() ? OptionalLong.of(request.number())
                : page.hasMore() ? OptionalLong.empty() : OptionalLong.of(totalPages);
        OptionalLong previous = number.isPresent() && number.getAsLong() > 1
                ? OptionalLong.of(number.getAsLong() - 1) : OptionalLong.empty();
        OptionalLong next = number.isPresent() && page.hasMore() ? OptionalLong.of(number.getAsLong() + 1)
                : OptionalLong.empty();
        String nextLink = page.hasMore() && !page.entries().isEmpty()
                ? base + "cursor=" + Cursor.after(id.applyAsLong(page.entries().get(page.entries().size() - 1)),
                page.totalEntries()) + "&per_page=" + perPage + "&ref=next_cursor"
                : null;
        return new PageDocument<>(page, perPage, totalPages, number, next, previous,
                numbered(1, "first"), nextLink,
                previous.isPresent() ? numbered(previous.getAsLong(), "previous") : null,
                numbered(totalPages, "last"));
    }

    private String numbered(long page, String ref) {
        return base + "page=" + page + "&per_page=" + request.size() + "&ref=" + ref;
    }

    /** A positive whole number of at most {@code max}; 1 or the maximum when not sent, as v2 defaults them. */
    private static long positive(ApiExchange<?> exchange, String name, long max) {
        return exchange.query(name).map(text -> {
            long value = Router.positiveId(text);
            if (value < 1 || value > max) {
                throw HttpProblem.of(422, name + " must be a whole number from 1 to " + max);
            }
            return value;
        }).orElse(name.equals("page") ? 1L : max);
    }
}
