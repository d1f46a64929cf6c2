package io.contacts.persistence.jooq;

import io.contacts.persistence.jooq.DatabaseFault.Kind;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Where a database is, as an operator names it, and what kind of fault a driver's exception is. */
class DatabaseFaultTest {

    @Test
    void aPostgresUrlNamesEachServerWithItsPortTheDefaultOneIncluded() {
        assertThat(DatabaseFault.postgresServer("jdbc:postgresql://db.internal:5433/contacts?ssl=true"))
                .isEqualTo("db.internal:5433");
        assertThat(DatabaseFault.postgresServer("jdbc:postgresql://db.internal/contacts")).isEqualTo("db.internal:5432");
        assertThat(DatabaseFault.postgresServer("jdbc:postgresql://a:1,b/contacts")).isEqualTo("a:1,b:5432");
        assertThat(DatabaseFault.postgresServer("jdbc:postgresql://[::1]:6543/contacts")).isEqualTo("[::1]:6543");
        assertThat(DatabaseFault.postgresServer("jdbc:postgresql:contacts")).isEqualTo("localhost:5432");
    }

    @Test
    void anEmbeddedUrlNamesItsFile() {
        Path directory = Path.of("data").toAbsolutePath();
        assertThat(DatabaseFault.h2Location(H2Urls.file(directory)))
                .isEqualTo(H2Urls.databaseFile(directory).toString());
        assertThat(DatabaseFault.h2Location("jdbc:h2:tcp://h2.internal:9092/contacts")).isEqualTo("h2.internal:9092");
    }

    @Test
    void aServerThatRefusesTheConnectionIsUnreachableWithTheSystemsReason() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = free.getLocalPort();
        }
        String url = "jdbc:postgresql://127.0.0.1:" + port + "/contacts?connectTimeout=5";
        SQLException refused = catchThrowableOfType(SQLException.class, () -> DriverManager.getConnection(url));

        DatabaseFault fault = DatabaseFault.of(new IllegalStateException("pool failed", refused), url).orElseThrow();

        assertThat(fault.kind()).isEqualTo(Kind.UNREACHABLE);
        assertThat(fault.location()).isEqualTo("127.0.0.1:" + port);
        assertThat(fault.reason()).isEqualTo("Connection refused");
    }

    @Test
    void stateAndCodeDecideTheKindAndNothingIsMadeOfAFailureWithoutADriverException() {
        String url = "jdbc:postgresql://db:5432/contacts";
        assertThat(kind(new SQLException("FATAL: password authentication failed", "28P01"), url))
                .isEqualTo(Kind.LOGIN_REFUSED);
        assertThat(kind(new SQLException("FATAL: database \"x\" does not exist", "3D000"), url))
                .isEqualTo(Kind.NO_DATABASE);
        assertThat(kind(new SQLException("the database system is starting up", "57P03"), url))
                .isEqualTo(Kind.UNREACHABLE);
        String h2 = H2Urls.file(Path.of("data"));
        assertThat(kind(new SQLException("Database may be already in use", "90020", 90020), h2)).isEqualTo(Kind.IN_USE);
        assertThat(kind(new SQLException("IO Exception", "90028", 90028,
                new java.nio.file.AccessDeniedException("/data/contacts.mv.db")), h2)).isEqualTo(Kind.NOT_WRITABLE);
        assertThat(kind(new SQLException("Syntax error", "42000"), h2)).isEqualTo(Kind.OTHER);
        assertThat(DatabaseFault.of(new IllegalStateException("Database migration failed: x"), url)).isEmpty();
    }

    private static Kind kind(SQLException failure, String url) {
        return DatabaseFault.of(failure, url).orElseThrow().kind();
    }
}
