package io.contacts.persistence.jooq;

import org.jooq.Cursor;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Driven adapter helper: a {@link Stream} over an open jOOQ cursor, mapping each row straight from its JDBC result
 * set as it is consumed.
 * Closing the stream closes the cursor and then releases what the cursor ran on, however far it was read.
 */
final class CursorStream {

    private CursorStream() {
    }

    static <T> Stream<T> of(Cursor<?> cursor, RowMapper<? extends T> mapper, Runnable release) {
        ResultSet results = cursor.resultSet();
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
        return closing(rows, cursor, release);
    }

    private static <T> Stream<T> closing(Spliterator<T> rows, Cursor<?> cursor, Runnable release) {
        return StreamSupport.stream(rows, false).onClose(() -> {
            try {
                cursor.close();
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
