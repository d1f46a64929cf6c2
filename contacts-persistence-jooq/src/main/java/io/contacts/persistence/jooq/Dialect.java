package io.contacts.persistence.jooq;

import org.jooq.SQLDialect;

import java.util.Arrays;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Driven adapter: the databases this store runs on, and how a JDBC URL names each. */
public enum Dialect {

    POSTGRES("jdbc:postgresql:", SQLDialect.POSTGRES),
    H2("jdbc:h2:", SQLDialect.H2);

    /** "jdbc:" and the subprotocol: the part of a URL that is safe to repeat in a message. */
    private static final Pattern JDBC_SCHEME = Pattern.compile("(?i)jdbc:[a-z0-9]{1,30}:");

    private final String urlPrefix;
    private final SQLDialect sqlDialect;

    Dialect(String urlPrefix, SQLDialect sqlDialect) {
        this.urlPrefix = urlPrefix;
        this.sqlDialect = sqlDialect;
    }

    /**
     * The database a JDBC URL points at.
     *
     * @throws IllegalArgumentException naming the accepted prefixes, for a URL of any other database
     */
    public static Dialect fromJdbcUrl(String jdbcUrl) {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        for (Dialect dialect : values()) {
            if (jdbcUrl.regionMatches(true, 0, dialect.urlPrefix, 0, dialect.urlPrefix.length())) {
                return dialect;
            }
        }
        // Only the scheme is echoed: the rest of a URL may carry a password.
        throw new IllegalArgumentException("Unsupported database URL (" + scheme(jdbcUrl)
                + "): expected one starting with " + acceptedPrefixes());
    }

    /** The URL prefix that selects this database, e.g. {@code jdbc:postgresql:}. */
    public String urlPrefix() {
        return urlPrefix;
    }

    SQLDialect sqlDialect() {
        return sqlDialect;
    }

    private static String acceptedPrefixes() {
        return Arrays.stream(values()).map(Dialect::urlPrefix).collect(Collectors.joining(" or "));
    }

    private static String scheme(String jdbcUrl) {
        Matcher scheme = JDBC_SCHEME.matcher(jdbcUrl);
        return scheme.lookingAt() ? scheme.group() + "…" : "not a jdbc: URL";
    }
}
