package io.contacts.http.undertow.v2;

import io.contacts.domain.model.StaleVersionException;
import io.contacts.http.undertow.web.ApiExchange;
import io.contacts.http.undertow.web.Resources;

import java.util.OptionalLong;
import java.util.function.LongConsumer;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

/**
 * Driving adapter rule: v2 answers a DELETE with the record it deleted, as Harvest does (its client libraries read
 * that answer as JSON). The record is read, then deleted at the version read, so that the answer is exactly what
 * was deleted; a change in between is read again, unless the caller's {@code If-Match} named the version, which
 * then no longer matches (412).
 */
final class Deletion {

    /** As the domain's own retries of a lost race: a record changed this often in a row is being fought over. */
    private static final int ATTEMPTS = 5;

    private Deletion() {
    }

    /**
     * @param read     the record as it is now (404 when there is none)
     * @param version  its version
     * @param deleteAt deletes it if it is still at that version, or throws {@link StaleVersionException}
     */
    static <T> T of(ApiExchange<?> request, String kind, long id, Supplier<T> read, ToLongFunction<T> version,
                    LongConsumer deleteAt) {
        for (int attempt = 1; ; attempt++) {
            T current = read.get();
            OptionalLong asked = Resources.expectedVersion(request, kind, id, () -> version.applyAsLong(current));
            try {
                deleteAt.accept(asked.orElse(version.applyAsLong(current)));
                return current;
            } catch (StaleVersionException changed) {
                if (asked.isPresent() || attempt == ATTEMPTS) {
                    throw changed;
                }
            }
        }
    }
}
