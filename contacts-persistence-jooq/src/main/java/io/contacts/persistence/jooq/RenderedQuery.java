package io.contacts.persistence.jooq;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.ResultQuery;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Optional;

/**
 * Driven adapter helper: a statement of a hot path (every GET, POST, PUT, DELETE of a contact), built with jOOQ's
 * DSL and rendered once, with a placeholder per bind value. Each run binds its values by position and maps its row
 * with the entity's one mapper: building and rendering the statement on every request cost more than mapping its
 * row (docs/performance.md has the figures against the same statement run through jOOQ each time).
 */
final class RenderedQuery<T> {

    private final String sql;
    private final RowMapper<T> mapper;

    RenderedQuery(DSLContext dsl, ResultQuery<?> statement, RowMapper<T> mapper) {
        this.sql = dsl.render(statement);
        this.mapper = mapper;
    }

    /** The values of {@code columns} in {@code row}, in that order: the bind values of a statement on them. */
    static Object[] valuesOf(Record row, List<Field<?>> columns) {
        Object[] values = new Object[columns.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = row.get(columns.get(i));
        }
        return values;
    }

    /**
     * The first row of the statement run with {@code values} bound in the order of its placeholders, on the
     * connection {@code dsl} runs statements on (the thread's transaction's, or one of its own).
     */
    Optional<T> fetchOptional(DSLContext dsl, Object... values) {
        return dsl.connectionResult(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int i = 0; i < values.length; i++) {
                    statement.setObject(i + 1, values[i]);
                }
                try (ResultSet rows = statement.executeQuery()) {
                    return mapper.first(rows);
                }
            }
        });
    }
}
