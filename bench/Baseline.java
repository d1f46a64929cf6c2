import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.contacts.http.undertow.web.WireValues;
import io.undertow.Undertow;
import io.undertow.server.HttpServerExchange;
import io.undertow.server.handlers.BlockingHandler;
import io.undertow.util.Headers;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.BufferedWriter;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Benchmark baseline: the smallest honest program that answers the benchmarked routes with the same documents
 * as the app — raw Undertow, HikariCP, JDBC prepared statements and string-built XML, no layers. Same thread
 * and pool sizes as the app, the same fetch size for streamed lists, and credentials verified once and then
 * cached (keyed by a digest of the header), so that authentication costs what the app's cache costs.
 *
 * <p>Run with the JDK's source launcher on the app jar's classpath:
 * {@code java -cp contacts-app/target/contacts-app.jar bench/Baseline.java}. Reads {@code CONTACTS_DB_URL},
 * {@code CONTACTS_DB_USER}, {@code CONTACTS_DB_PASSWORD}, {@code CONTACTS_DB_POOL_SIZE} and
 * {@code CONTACTS_HTTP_PORT} (0 = any free port) like the app, and logs the port it bound. Runs on PostgreSQL and on
 * the embedded H2 (a {@code jdbc:h2:} URL), which has no {@code … RETURNING}: there a write is read back through
 * {@code SELECT … FROM FINAL TABLE (…)}, still one statement.
 */
public final class Baseline {

    private static final String XML = "application/xml; charset=utf-8";
    private static final String JSON = "application/json; charset=utf-8";
    private static final String DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    private static final String COLUMNS = "id, client_id, first_name, last_name, email, title, phone_office, "
            + "phone_mobile, fax, created_at, updated_at";
    /** Wire names of the writable elements, and their columns. */
    private static final Map<String, String> WRITABLE = new LinkedHashMap<>();
    private static final int FETCH_SIZE = 500;

    static {
        WRITABLE.put("client-id", "client_id");
        WRITABLE.put("first-name", "first_name");
        WRITABLE.put("last-name", "last_name");
        WRITABLE.put("email", "email");
        WRITABLE.put("title", "title");
        WRITABLE.put("phone-office", "phone_office");
        WRITABLE.put("phone-mobile", "phone_mobile");
        WRITABLE.put("fax", "fax");
    }

    private final HikariDataSource pool;
    private final boolean h2;
    private final XMLInputFactory xmlInput;
    private final Map<String, Long> verified = new ConcurrentHashMap<>();

    private Baseline(HikariDataSource pool, boolean h2) {
        this.pool = pool;
        this.h2 = h2;
        xmlInput = XMLInputFactory.newDefaultFactory();
        xmlInput.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        xmlInput.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        xmlInput.setProperty(XMLInputFactory.IS_COALESCING, true);
    }

    public static void main(String[] args) {
        int cores = Runtime.getRuntime().availableProcessors();
        String url = System.getenv("CONTACTS_DB_URL");
        HikariConfig hikari = new HikariConfig();
        hikari.setJdbcUrl(url);
        hikari.setUsername(System.getenv("CONTACTS_DB_USER"));
        hikari.setPassword(System.getenv("CONTACTS_DB_PASSWORD"));
        hikari.setMaximumPoolSize(Integer.parseInt(env("CONTACTS_DB_POOL_SIZE", "10")));
        hikari.setConnectionTimeout(3_000);
        Baseline baseline = new Baseline(new HikariDataSource(hikari), url.startsWith("jdbc:h2:"));
        Undertow server = Undertow.builder()
                .setIoThreads(Math.max(2, cores))
                .setWorkerThreads(Math.max(8, cores * 8))
                // The app's buffers (ContactsHttpServer.BUFFER_BYTES), not the 512-byte ones Undertow picks at -Xmx64m.
                .setBufferSize(16 * 1024 - 20)
                .setDirectBuffers(true)
                .addHttpListener(Integer.parseInt(env("CONTACTS_HTTP_PORT", "0")), "127.0.0.1")
                .setHandler(new BlockingHandler(baseline::handle))
                .build();
        server.start();
        InetSocketAddress bound = (InetSocketAddress) server.getListenerInfo().get(0).getAddress();
        System.out.println("Baseline: Serving HTTP on 127.0.0.1:" + bound.getPort());
    }

    private void handle(HttpServerExchange exchange) throws IOException {
        String path = exchange.getRequestPath();
        if (path.length() > 1 && path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        if (path.equals("/health")) {
            send(exchange, 200, "text/plain; charset=utf-8", "OK");
            return;
        }
        Long account = account(exchange.getRequestHeaders().getFirst(Headers.AUTHORIZATION));
        if (account == null) {
            exchange.getResponseHeaders().put(Headers.WWW_AUTHENTICATE, "Basic realm=\"Contacts\"");
            send(exchange, 401, XML, message("Authentication failed for API request."));
            return;
        }
        String method = exchange.getRequestMethod().toString();
        String[] parts = path.split("/");
        try {
            if (parts.length == 2 && parts[1].equals("contacts") && method.equals("GET")) {
                list(exchange, account, null);
            } else if (parts.length == 2 && parts[1].equals("contacts") && method.equals("POST")) {
                create(exchange, account);
            } else if (parts.length == 3 && parts[1].equals("contacts") && method.equals("GET")) {
                get(exchange, account, Long.parseLong(parts[2]));
            } else if (parts.length == 3 && parts[1].equals("contacts") && method.equals("PUT")) {
                update(exchange, account, Long.parseLong(parts[2]));
            } else if (parts.length == 4 && parts[1].equals("clients") && parts[3].equals("contacts")
                    && method.equals("GET")) {
                list(exchange, account, Long.parseLong(parts[2]));
            } else {
                send(exchange, 404, XML, message("Not found"));
            }
        } catch (NumberFormatException e) {
            send(exchange, 404, XML, message("Not found"));
        } catch (SQLException e) {
            if (!exchange.isResponseStarted()) {
                // A missing referenced row: PostgreSQL's foreign_key_violation, H2's "parent missing".
                boolean unknownClient = "23503".equals(e.getSQLState()) || "23506".equals(e.getSQLState());
                send(exchange, unknownClient ? 422 : 503, XML, unknownClient
                        ? DECLARATION + "<errors>\n  <error>Client does not exist</error>\n</errors>\n"
                        : message("The database is unavailable"));
            }
        }
    }

    private void get(HttpServerExchange exchange, long account, long id) throws SQLException, IOException {
        boolean json = accepts(exchange, "application/json");
        String body;
        try (Connection connection = pool.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "select " + COLUMNS + " from contacts where account_id = ? and id = ?")) {
            select.setLong(1, account);
            select.setLong(2, id);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    send(exchange, 404, XML, message("Not found"));
                    return;
                }
                body = json ? "{\"contact\":" + contactJson(row) + "}" : DECLARATION + contactXml(row, "");
            }
        }
        send(exchange, 200, json ? JSON : XML, body);
    }

    private void list(HttpServerExchange exchange, long account, Long client) throws SQLException, IOException {
        try (Connection connection = pool.getConnection()) {
            if (client != null) {
                try (PreparedStatement known = connection.prepareStatement(
                        "select 1 from clients where account_id = ? and id = ?")) {
                    known.setLong(1, account);
                    known.setLong(2, client);
                    try (ResultSet row = known.executeQuery()) {
                        if (!row.next()) {
                            send(exchange, 404, XML, message("Not found"));
                            return;
                        }
                    }
                }
            }
            // Without a transaction the PostgreSQL driver ignores the fetch size and reads every row first.
            connection.setAutoCommit(false);
            if (h2) {
                // H2 computes a whole result before its first row unless told to run queries lazily.
                try (Statement lazily = connection.createStatement()) {
                    lazily.execute("SET LAZY_QUERY_EXECUTION TRUE");
                }
            }
            // The index's leading columns in the order too: H2 then reads the index in order instead of sorting.
            try (PreparedStatement select = connection.prepareStatement("select " + COLUMNS
                    + " from contacts where account_id = ?" + (client == null ? " order by account_id, id"
                    : " and client_id = ? order by account_id, client_id, id"))) {
                select.setFetchSize(FETCH_SIZE);
                select.setLong(1, account);
                if (client != null) {
                    select.setLong(2, client);
                }
                try (ResultSet rows = select.executeQuery()) {
                    exchange.setStatusCode(200);
                    exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, XML);
                    Writer out = new BufferedWriter(
                            new OutputStreamWriter(exchange.getOutputStream(), StandardCharsets.UTF_8), 16 * 1024);
                    out.write(DECLARATION);
                    out.write("<contacts type=\"array\">\n");
                    while (rows.next()) {
                        out.write(contactXml(rows, "  "));
                    }
                    out.write("</contacts>\n");
                    out.close();
                }
            } finally {
                connection.rollback();
                connection.setAutoCommit(true);
            }
        }
    }

    private void create(HttpServerExchange exchange, long account) throws SQLException, IOException {
        Map<String, String> fields = readContact(exchange);
        if (fields == null) {
            send(exchange, 400, XML, message("Expected a <contact> document"));
            return;
        }
        if (blank(fields.get("client-id")) || blank(fields.get("first-name")) || blank(fields.get("last-name"))) {
            send(exchange, 422, XML, DECLARATION + "<errors>\n  <error>Client, first name and last name can't be "
                    + "blank</error>\n</errors>\n");
            return;
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        String body;
        try (Connection connection = pool.getConnection();
             PreparedStatement insert = connection.prepareStatement(returning("insert into contacts (account_id, "
                     + "client_id, first_name, last_name, email, title, phone_office, phone_mobile, fax, created_at, "
                     + "updated_at, version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)"))) {
            insert.setLong(1, account);
            insert.setLong(2, Long.parseLong(fields.get("client-id")));
            int column = 3;
            for (String name : WRITABLE.keySet()) {
                if (!name.equals("client-id")) {
                    insert.setString(column++, fields.get(name));
                }
            }
            insert.setObject(column++, now);
            insert.setObject(column, now);
            try (ResultSet row = insert.executeQuery()) {
                row.next();
                exchange.getResponseHeaders().put(Headers.LOCATION, "/contacts/" + row.getLong(1));
                body = DECLARATION + contactXml(row, "");
            }
        }
        send(exchange, 201, XML, body);
    }

    private void update(HttpServerExchange exchange, long account, long id) throws SQLException, IOException {
        Map<String, String> fields = readContact(exchange);
        if (fields == null) {
            send(exchange, 400, XML, message("Expected a <contact> document"));
            return;
        }
        StringBuilder sql = new StringBuilder("update contacts set ");
        for (String name : fields.keySet()) {
            sql.append(WRITABLE.get(name)).append(" = ?, ");
        }
        sql.append("updated_at = ?, version = version + 1 where account_id = ? and id = ?");
        String body;
        try (Connection connection = pool.getConnection();
             PreparedStatement change = connection.prepareStatement(returning(sql.toString()))) {
            int column = 1;
            for (Map.Entry<String, String> field : fields.entrySet()) {
                if (field.getKey().equals("client-id")) {
                    change.setLong(column++, Long.parseLong(field.getValue()));
                } else {
                    change.setString(column++, field.getValue());
                }
            }
            change.setObject(column++, OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS));
            change.setLong(column++, account);
            change.setLong(column, id);
            try (ResultSet row = change.executeQuery()) {
                if (!row.next()) {
                    send(exchange, 404, XML, message("Not found"));
                    return;
                }
                exchange.getResponseHeaders().put(Headers.LOCATION, "/contacts/" + id);
                body = DECLARATION + contactXml(row, "");
            }
        }
        send(exchange, 200, XML, body);
    }

    /** One write that answers with the written row: {@code … RETURNING} on PostgreSQL, a data change delta table on H2. */
    private String returning(String write) {
        return h2 ? "select " + COLUMNS + " from final table (" + write + ")" : write + " returning " + COLUMNS;
    }

    /** The writable elements sent in a {@code <contact>} body (nil or empty = null), or null for another document. */
    private Map<String, String> readContact(HttpServerExchange exchange) throws IOException {
        byte[] body = exchange.getInputStream().readAllBytes();
        Map<String, String> fields = new LinkedHashMap<>();
        try {
            XMLStreamReader reader = xmlInput.createXMLStreamReader(new ByteArrayInputStream(body));
            while (reader.next() != XMLStreamConstants.START_ELEMENT) {
                if (reader.getEventType() == XMLStreamConstants.DTD) {
                    return null;
                }
            }
            if (!reader.getLocalName().equals("contact")) {
                return null;
            }
            while (reader.nextTag() == XMLStreamConstants.START_ELEMENT) {
                String name = reader.getLocalName();
                boolean nil = "true".equals(reader.getAttributeValue(null, "nil"));
                String text = reader.getElementText().strip();
                if (WRITABLE.containsKey(name)) {
                    fields.put(name, nil || text.isEmpty() ? null : text);
                }
            }
            reader.close();
            return fields;
        } catch (XMLStreamException e) {
            return null;
        }
    }

    /**
     * The account of a credential verified before, or verified now; null when it is wrong. The best case on
     * purpose: verified once for the whole run, by one request while the others wait (the app re-verifies
     * a cached credential every 45 to 60 seconds, on one request).
     */
    private Long account(String authorization) {
        if (authorization == null) {
            return null;
        }
        String key = HexFormat.of().formatHex(sha256(authorization.getBytes(StandardCharsets.UTF_8)));
        Long known = verified.get(key);
        if (known != null) {
            return known;
        }
        synchronized (verified) {
            known = verified.get(key);
            if (known == null) {
                known = verify(authorization);
                if (known != null) {
                    verified.put(key, known);
                }
            }
            return known;
        }
    }

    private Long verify(String authorization) {
        try (Connection connection = pool.getConnection()) {
            if (authorization.startsWith("Bearer ")) {
                String digest = HexFormat.of().formatHex(
                        sha256(authorization.substring(7).strip().getBytes(StandardCharsets.UTF_8)));
                try (PreparedStatement select = connection.prepareStatement(
                        "select account_id from access_tokens where digest = ?")) {
                    select.setString(1, digest);
                    try (ResultSet row = select.executeQuery()) {
                        return row.next() ? row.getLong(1) : null;
                    }
                }
            }
            if (!authorization.startsWith("Basic ")) {
                return null;
            }
            String pair = new String(Base64.getDecoder().decode(authorization.substring(6).strip()),
                    StandardCharsets.UTF_8);
            int colon = pair.indexOf(':');
            try (PreparedStatement select = connection.prepareStatement(
                    "select account_id, password_hash from users where email = ?")) {
                select.setString(1, pair.substring(0, Math.max(0, colon)).toLowerCase());
                try (ResultSet row = select.executeQuery()) {
                    return row.next() && passwordMatches(pair.substring(colon + 1), row.getString(2))
                            ? row.getLong(1) : null;
                }
            }
        } catch (SQLException | IllegalArgumentException e) {
            return null;
        }
    }

    /** The app's hash format: {@code pbkdf2-sha256$iterations$salt$hash}, Base64 without padding. */
    private static boolean passwordMatches(String password, String stored) {
        String[] parts = stored.split("\\$");
        try {
            byte[] salt = Base64.getDecoder().decode(parts[2]);
            byte[] expected = Base64.getDecoder().decode(parts[3]);
            PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, Integer.parseInt(parts[1]),
                    expected.length * 8);
            byte[] actual = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
            return MessageDigest.isEqual(expected, actual);
        } catch (GeneralSecurityException | RuntimeException e) {
            return false;
        }
    }

    private static String contactXml(ResultSet row, String indent) throws SQLException {
        StringBuilder xml = new StringBuilder(640);
        xml.append(indent).append("<contact>\n");
        typed(xml, indent, "created-at", "datetime", time(row, 10));
        text(xml, indent, "title", row.getString(6));
        typed(xml, indent, "updated-at", "datetime", time(row, 11));
        text(xml, indent, "phone-office", row.getString(7));
        typed(xml, indent, "id", "integer", Long.toString(row.getLong(1)));
        typed(xml, indent, "client-id", "integer", Long.toString(row.getLong(2)));
        text(xml, indent, "fax", row.getString(9));
        text(xml, indent, "last-name", row.getString(4));
        text(xml, indent, "email", row.getString(5));
        text(xml, indent, "first-name", row.getString(3));
        text(xml, indent, "phone-mobile", row.getString(8));
        return xml.append(indent).append("</contact>\n").toString();
    }

    private static String contactJson(ResultSet row) throws SQLException {
        return "{\"created_at\":" + quoted(time(row, 10)) + ",\"title\":" + quoted(row.getString(6))
                + ",\"updated_at\":" + quoted(time(row, 11)) + ",\"phone_office\":" + quoted(row.getString(7))
                + ",\"id\":" + row.getLong(1) + ",\"client_id\":" + row.getLong(2)
                + ",\"fax\":" + quoted(row.getString(9)) + ",\"last_name\":" + quoted(row.getString(4))
                + ",\"email\":" + quoted(row.getString(5)) + ",\"first_name\":" + quoted(row.getString(3))
                + ",\"phone_mobile\":" + quoted(row.getString(8)) + "}";
    }

    /** The app's own wire format ({@link WireValues#timestamp}), so that a list's ratio measures the app, not the JDK. */
    private static String time(ResultSet row, int column) throws SQLException {
        return WireValues.timestamp(row.getObject(column, OffsetDateTime.class).toInstant());
    }

    private static void typed(StringBuilder xml, String indent, String name, String type, String value) {
        xml.append(indent).append("  <").append(name).append(" type=\"").append(type).append("\">").append(value)
                .append("</").append(name).append(">\n");
    }

    private static void text(StringBuilder xml, String indent, String name, String value) {
        xml.append(indent).append("  <").append(name);
        if (value == null) {
            xml.append(" nil=\"true\"/>\n");
            return;
        }
        xml.append('>');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '&' -> xml.append("&amp;");
                case '<' -> xml.append("&lt;");
                case '>' -> xml.append("&gt;");
                default -> xml.append(c);
            }
        }
        xml.append("</").append(name).append(">\n");
    }

    private static String quoted(String value) {
        if (value == null) {
            return "null";
        }
        StringBuilder json = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"' || c == '\\') {
                json.append('\\').append(c);
            } else if (c < 0x20) {
                json.append(String.format("\\u%04x", (int) c));
            } else {
                json.append(c);
            }
        }
        return json.append('"').toString();
    }

    private static String message(String text) {
        return DECLARATION + "<hash>\n  <message>" + text + "</message>\n</hash>\n";
    }

    private static boolean accepts(HttpServerExchange exchange, String type) {
        String accept = exchange.getRequestHeaders().getFirst(Headers.ACCEPT);
        return accept != null && accept.contains(type);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static void send(HttpServerExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.setStatusCode(status);
        exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, type);
        exchange.getResponseHeaders().put(Headers.CONTENT_LENGTH, bytes.length);
        exchange.getOutputStream().write(bytes);
        exchange.endExchange();
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
