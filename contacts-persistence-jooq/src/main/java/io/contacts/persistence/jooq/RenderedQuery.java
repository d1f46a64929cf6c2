package io.contacts.persistence.jooq;

import org.jooq.DSLContext;
import org.jooq.ResultQuery;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Driven adapter helper: a statement on a hot path (a contact by id, behind every GET, PUT and DELETE of one; a client
 * by id, behind every contact written; a contact's insert, behind every POST), built with jOOQ's DSL and rendered
 * once, with a placeholder per bind value. Each run binds its values by position and maps its row with the entity's
 * one mapper: jOOQ building and rendering the statement on every call cost the calling thread twice the CPU of the
 * whole read ({@code HotStatementBenchmark}) and POST 10-20 % of its throughput (docs/performance.md).
 */
final class RenderedQuery<T> {

    private final String sql;
    private final RowMapper<T> mapper;
    /** Placeholders in the statement: a value missing, or a literal bound rather than inlined, would shift the rest. */
    private final int placeholders;
    /** The placeholders' names in the statement's order, for {@link #inOrder}; fewer where a name is used twice. */
    private final List<String> names;

    RenderedQuery(DSLContext dsl, ResultQuery<?> statement, RowMapper<T> mapper) {
        this.sql = dsl.render(statement);
        this.mapper = mapper;
        this.placeholders = dsl.extractBindValues(statement).size();
        this.names = List.copyOf(dsl.extractParams(statement).keySet());
    }

    /**
     * The values given by their placeholders' names, in the order of the statement's placeholders: for a statement
     * whose dialect places its parts its own way (both H2 and PostgreSQL render {@code OFFSET} before the limit).
     */
    Object[] inOrder(Map<String, ?> named) {
        if (names.size() != placeholders || !named.keySet().equals(Set.copyOf(names))) {
            throw new IllegalArgumentException(named.keySet() + " named for the placeholders " + names);
        }
        return names.stream().map(named::get).toArray();
    }

    /**
     * The first row of the statement run with {@code values} bound in the order of its placeholders, on the
     * connection {@code dsl} runs statements on (the thread's transaction's, or one of its own).
     */
    Optional<T> fetchOptional(DSLContext dsl, Object... values) {
        return fetch(dsl, values, mapper::first);
    }

    /**
     * Every row of the statement, as {@link #fetchOptional}: for a statement whose rows are few enough to hold (a
     * page, with its limit), read in one round trip where the database allows.
     */
    List<T> fetchList(DSLContext dsl, Object... values) {
        return fetch(dsl, values, rows -> {
            List<T> mapped = new ArrayList<>();
            while (rows.next()) {
                mapped.add(mapper.map(rows));
            }
            return mapped;
        });
    }

    private <R> R fetch(DSLContext dsl, Object[] values, Reader<R> reader) {
        requireAll(values);
        return dsl.connectionResult(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                bind(statement, values);
                try (ResultSet rows = statement.executeQuery()) {
                    return reader.read(rows);
                }
            }
        });
    }

    /**
     * The statement's rows, run with {@code values} on the connection {@code dsl} runs statements on, which must
     * stay open until they are closed: the rows of a list, read while it streams.
     */
    CursorStream.Rows open(DSLContext dsl, int fetchSize, Object... values) {
        requireAll(values);
        return dsl.connectionResult(connection -> {
            PreparedStatement statement = connection.prepareStatement(sql);
            try {
                statement.setFetchSize(fetchSize);
                bind(statement, values);
                return new CursorStream.Rows(statement.executeQuery(), statement);
            } catch (SQLException | RuntimeException failure) {
                statement.close();
                throw failure;
            }
        });
    }

    RowMapper<T> mapper() {
        return mapper;
    }

    /** What a run makes of its rows. */
    @FunctionalInterface
    private interface Reader<R> {
        R read(ResultSet rows) throws SQLException;
    }

    private void requireAll(Object[] values) {
        if (values.length != placeholders) {
            throw new IllegalArgumentException(values.length + " values for " + placeholders + " placeholders");
        }
    }

    private static void bind(PreparedStatement statement, Object[] values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            statement.setObject(i + 1, values[i]);
        }
    }
}
