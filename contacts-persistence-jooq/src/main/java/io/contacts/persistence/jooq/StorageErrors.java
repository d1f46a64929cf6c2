package io.contacts.persistence.jooq;

import io.contacts.domain.model.StorageUnavailableException;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;
import java.util.Optional;
import java.util.Set;

/**
 * Driven adapter helper: turns what the database and the driver throw into what the domain understands,
 * so that no {@code SQLException} or jOOQ type ever crosses a port.
 */
final class StorageErrors {

    /**
     * States that say the database cannot be reached or did not answer: PostgreSQL's
     * admin/crash shutdown, "cannot connect now", too many connections and statement timeout (also H2's),
     * and H2's broken connection, closed database and database closing.
     */
    private static final Set<String> UNAVAILABLE_STATES =
            Set.of("57P01", "57P02", "57P03", "53300", "57014", "90067", "90098", "90121");

    /** Cause chains are short; the bound only guards against a cycle. */
    private static final int MAX_CAUSES = 32;

    /** The SQL standard's class of connection exceptions. */
    private static final String CONNECTION_EXCEPTION_CLASS = "08";

    /**
     * What HikariCP throws, with no SQLState, from a connection it has closed because a statement on it failed
     * with a connection error. That statement may be one whose failure jOOQ ignores — releasing a savepoint —
     * so the transaction's commit is the first call to see it: the database went away mid-transaction.
     */
    private static final String POOL_CLOSED_CONNECTION = "Connection is closed";

    private StorageErrors() {
    }

    /**
     * The exception to throw for {@code failure}: the domain outcome {@code violation} gives it, the domain's
     * "storage unavailable" fault, or else an {@link IllegalStateException} (a bug) keeping the cause for
     * the log.
     */
    static RuntimeException translate(Exception failure, Violation violation) {
        if (isUnavailable(failure)) {
            return new StorageUnavailableException("The database is unavailable", failure);
        }
        Optional<SQLException> sql = sqlCause(failure);
        Optional<? extends RuntimeException> outcome = sql.flatMap(violation::meaning);
        if (outcome.isPresent()) {
            return outcome.get();
        }
        String state = sql.map(SQLException::getSQLState).map(code -> " (SQLState " + code + ")").orElse("");
        return new IllegalStateException("Unexpected storage failure" + state, failure);
    }

    static RuntimeException translate(Exception failure) {
        return translate(failure, Violation.none());
    }

    /** Whether anything in the cause chain says the database cannot be reached or did not answer. */
    static boolean isUnavailable(Throwable failure) {
        int depth = 0;
        for (Throwable cause = failure; cause != null && depth++ < MAX_CAUSES; cause = cause.getCause()) {
            if (cause instanceof SQLTransientConnectionException
                    || cause instanceof SQLNonTransientConnectionException
                    || cause instanceof SQLTimeoutException) {
                return true;
            }
            if (cause instanceof SQLException sql && isUnavailableState(sql.getSQLState())) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() == null
                    && POOL_CLOSED_CONNECTION.equals(sql.getMessage())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isUnavailableState(String state) {
        return state != null && (state.startsWith(CONNECTION_EXCEPTION_CLASS) || UNAVAILABLE_STATES.contains(state));
    }

    private static Optional<SQLException> sqlCause(Throwable failure) {
        int depth = 0;
        for (Throwable cause = failure; cause != null && depth++ < MAX_CAUSES; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                return Optional.of(sql);
            }
        }
        return Optional.empty();
    }
}
