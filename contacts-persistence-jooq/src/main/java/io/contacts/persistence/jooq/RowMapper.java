package io.contacts.persistence.jooq;

import org.jooq.Cursor;
import org.jooq.Field;
import org.jooq.ResultQuery;
import org.jooq.exception.DataAccessException;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * Driven adapter mapping: the current row of a JDBC result set as a domain value, each column read at its position
 * in the entity's one column list. Rows are read this way rather than through jOOQ records, whose per-row work cost
 * more than the mapping itself on the long lists (docs/performance.md).
 */
@FunctionalInterface
interface RowMapper<T> {

    T map(ResultSet row) throws SQLException;

    /** The first row of {@code rows}, if there is one. */
    default Optional<T> first(ResultSet rows) throws SQLException {
        return rows.next() ? Optional.of(map(rows)) : Optional.empty();
    }

    /** The first row of a statement built with jOOQ, which this runs. */
    default Optional<T> first(ResultQuery<?> query) {
        try (Cursor<?> cursor = query.fetchLazy()) {
            return first(cursor.resultSet());
        } catch (SQLException failure) {
            // As jOOQ reports its own failures, so that the store translates this one as any other.
            throw new DataAccessException("Reading a row failed", failure);
        }
    }

    /** The JDBC position (from 1) of {@code column} in {@code columns}. */
    static int position(List<? extends Field<?>> columns, Field<?> column) {
        int index = columns.indexOf(column);
        if (index < 0) {
            throw new IllegalArgumentException(column + " is not one of " + columns);
        }
        return index + 1;
    }
}
