package io.contacts.persistence.jooq;

import java.net.UnknownHostException;
import java.nio.file.AccessDeniedException;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Why a database could not be opened, in terms an operator acts on: the kind of problem, where the database is
 * ({@code host:port} of a server, or the file of an embedded database) and the driver's own reason, on one line.
 * The driver's exceptions stay here; the application turns a fault into advice.
 */
public record DatabaseFault(Kind kind, String location, String reason) {

    /** What went wrong, as far as the driver tells. */
    public enum Kind {
        /** No server answers at the location (refused, unknown host, timed out, starting up). */
        UNREACHABLE,
        /** The server refused the login (user or password). */
        LOGIN_REFUSED,
        /** The server has no database of that name. */
        NO_DATABASE,
        /** An embedded database's file or directory cannot be written. */
        NOT_WRITABLE,
        /** An embedded database's file is held open by another process. */
        IN_USE,
        /** Anything else the driver reported. */
        OTHER
    }

    private static final int POSTGRES_PORT = 5432;
    private static final int MAX_CAUSES = 32;
    /** H2's "Database may be already in use". */
    private static final int H2_ALREADY_OPEN = 90020;

    public DatabaseFault {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(reason, "reason");
    }

    /**
     * The fault behind {@code failure}, raised while opening the database at {@code jdbcUrl}; empty when no driver
     * exception is behind it (a failed migration script, say, which explains itself).
     */
    public static Optional<DatabaseFault> of(Throwable failure, String jdbcUrl) {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        Optional<SQLException> sql = causes(failure, SQLException.class);
        if (sql.isEmpty()) {
            return Optional.empty();
        }
        boolean postgres = jdbcUrl.startsWith("jdbc:postgresql:");
        String location = postgres ? postgresServer(jdbcUrl) : h2Location(jdbcUrl);
        return Optional.of(new DatabaseFault(kind(sql.get(), postgres), location, reason(sql.get())));
    }

    private static Kind kind(SQLException sql, boolean postgres) {
        String state = Optional.ofNullable(sql.getSQLState()).orElse("");
        if (state.startsWith("28")) {
            return Kind.LOGIN_REFUSED;
        }
        if (state.equals("3D000")) {
            return Kind.NO_DATABASE;
        }
        if (state.startsWith("08") || state.equals("57P03")) {
            return Kind.UNREACHABLE;
        }
        if (!postgres && sql.getErrorCode() == H2_ALREADY_OPEN) {
            return Kind.IN_USE;
        }
        if (!postgres && notWritable(sql)) {
            return Kind.NOT_WRITABLE;
        }
        return Kind.OTHER;
    }

    /** H2 wraps the file system's refusal in an "IO Exception" with the original as cause or in its message. */
    private static boolean notWritable(SQLException sql) {
        if (causes(sql, AccessDeniedException.class).isPresent()) {
            return true;
        }
        int depth = 0;
        for (Throwable cause = sql; cause != null && depth++ < MAX_CAUSES; cause = cause.getCause()) {
            String message = Optional.ofNullable(cause.getMessage()).orElse("").toLowerCase(Locale.ROOT);
            if (message.contains("accessdenied") || message.contains("permission denied")
                    || message.contains("read-only file system") || message.contains("operation not permitted")) {
                return true;
            }
        }
        return false;
    }

    /** The innermost cause's message on one line: "Connection refused" rather than the driver's advice around it. */
    private static String reason(SQLException sql) {
        Throwable innermost = sql;
        int depth = 0;
        while (innermost.getCause() != null && innermost.getCause() != innermost && depth++ < MAX_CAUSES) {
            innermost = innermost.getCause();
        }
        String message = Optional.ofNullable(innermost.getMessage()).map(String::strip).orElse("");
        if (innermost instanceof UnknownHostException) {
            message = "unknown host " + message;
        } else if (message.isEmpty()) {
            message = innermost.getClass().getSimpleName();
        }
        return message.replaceAll("\\s*\\R\\s*", " ");
    }

    /** {@code host:port} of each server of a {@code jdbc:postgresql://h1[:p1][,h2[:p2]]/db} URL; localhost without. */
    static String postgresServer(String url) {
        String rest = url.substring("jdbc:postgresql:".length());
        if (!rest.startsWith("//")) {
            return "localhost:" + POSTGRES_PORT;
        }
        String authority = rest.substring(2).split("[/?]", 2)[0];
        StringBuilder servers = new StringBuilder();
        for (String server : authority.split(",")) {
            if (servers.length() > 0) {
                servers.append(',');
            }
            boolean hasPort = server.startsWith("[") ? server.contains("]:") : server.contains(":");
            servers.append(server.isEmpty() ? "localhost" : server).append(hasPort ? "" : ":" + POSTGRES_PORT);
        }
        return servers.toString();
    }

    /** The file an embedded URL names ({@code ….mv.db}), the server of a {@code tcp:} URL, or the URL itself. */
    static String h2Location(String url) {
        String rest = url.substring(url.startsWith("jdbc:h2:") ? "jdbc:h2:".length() : 0).split(";", 2)[0];
        if (rest.startsWith("file:")) {
            return rest.substring("file:".length()) + ".mv.db";
        }
        if (rest.startsWith("tcp://") || rest.startsWith("ssl://")) {
            return rest.substring(rest.indexOf("//") + 2).split("/", 2)[0];
        }
        return rest;
    }

    private static <T extends Throwable> Optional<T> causes(Throwable failure, Class<T> type) {
        int depth = 0;
        for (Throwable cause = failure; cause != null && depth++ < MAX_CAUSES; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return Optional.of(type.cast(cause));
            }
        }
        return Optional.empty();
    }
}
