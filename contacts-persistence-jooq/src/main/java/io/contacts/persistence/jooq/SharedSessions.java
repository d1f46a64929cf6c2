package io.contacts.persistence.jooq;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * Driven adapter helper: tells whether a pool reaches its database through a pooler that lends a server session to
 * each transaction in turn (PgBouncer's transaction mode), by asking two connections held at once which session runs
 * their statements. Reached directly, or through a pooler in session mode, two open connections are two sessions.
 */
final class SharedSessions {

    /**
     * PgBouncer lends the session a transaction just gave back to the next one (last in, first out), unless another
     * client took it in between: a few tries see past a pooler that is busy, without one ever seeing a false share.
     */
    private static final int ATTEMPTS = 3;

    private SharedSessions() {
    }

    /** Whether two connections of {@code dataSource} ran a statement in one session. */
    static boolean seen(DataSource dataSource, Dialect dialect) {
        try (Connection first = dataSource.getConnection(); Connection second = dataSource.getConnection()) {
            for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
                if (session(first, dialect) == session(second, dialect)) {
                    return true;
                }
            }
            return false;
        } catch (SQLException failure) {
            throw StorageErrors.translate(failure);
        }
    }

    /** The session that ran the query; the transaction ended, so that a pooler may lend the session on. */
    private static long session(Connection connection, Dialect dialect) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet session = statement.executeQuery(dialect.sessionQuery())) {
            session.next();
            return session.getLong(1);
        } finally {
            if (!connection.getAutoCommit()) {
                connection.rollback();
            }
        }
    }
}
