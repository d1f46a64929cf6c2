package io.contacts.persistence.jooq;

import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Driven adapter mapping: the current row of a JDBC result set as a domain value. Long streamed lists map their
 * rows this way rather than through jOOQ records, whose per-row work cost more than the mapping itself.
 */
@FunctionalInterface
interface RowMapper<T> {

    T map(ResultSet row) throws SQLException;
}
