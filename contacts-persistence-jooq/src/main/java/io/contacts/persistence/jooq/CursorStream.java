package io.contacts.persistence.jooq;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Driven adapter helper: a {@link Stream} over open rows (a jOOQ cursor's, or a statement's rendered once), mapping
 * each row straight from its JDBC result set as it is consumed. Closing the stream closes the rows and then releases
 * what they ran on, however far they were read.
 */
final class CursorStream {

    private CursorStream() {
    }

    /** Open rows, and what closes them (a jOOQ cursor, or a statement rendered once). */
    record Rows(ResultSet results, AutoCloseable closer) {
    }

    static <T> Stream<T> of(Rows open, RowMapper<? extends T> mapper, Runnable release) {
        ResultSet results = open.results();
        Widening widening = new Widening(results);
        Spliterator<T> rows = new Spliterators.AbstractSpliterator<>(Long.MAX_VALUE,
                Spliterator.ORDERED | Spliterator.NONNULL) {
            @Override
            public boolean tryAdvance(Consumer<? super T> action) {
                try {
                    if (!results.next()) {
                        return false;
                    }
                    widening.rowRead();
                    action.accept(mapper.map(results));
                    return true;
                } catch (SQLException failure) {
                    throw StorageErrors.translate(failure);
                }
            }
        };
        return closing(rows, open.closer(), release);
    }

    private static <T> Stream<T> closing(Spliterator<T> rows, AutoCloseable closer, Runnable release) {
        return StreamSupport.stream(rows, false).onClose(() -> {
            try {
                closer.close();
            } catch (Exception failure) {
                throw StorageErrors.translate(failure);
            } finally {
                release.run();
            }
        });
    }

    /**
     * A list's first round trip is short ({@link Database#FIRST_FETCH_SIZE}); once it is read through, the list is
     * a long one and the rest is fetched {@link Database#FETCH_SIZE} rows at a time.
     */
    private static final class Widening {
        private final ResultSet results;
        private int read;

        Widening(ResultSet results) {
            this.results = results;
        }

        void rowRead() {
            if (++read == Database.FIRST_FETCH_SIZE) {
                try {
                    results.setFetchSize(Database.FETCH_SIZE);
                } catch (SQLException failure) {
                    throw StorageErrors.translate(failure);
                }
            }
        }
    }
}
