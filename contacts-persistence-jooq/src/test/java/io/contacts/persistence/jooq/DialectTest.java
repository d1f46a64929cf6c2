package io.contacts.persistence.jooq;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The database is told by its JDBC URL; any other URL is refused with the accepted forms. */
class DialectTest {

    @Test
    void aPostgresUrlMeansPostgres() {
        assertThat(Dialect.fromJdbcUrl("jdbc:postgresql://db.example.com:5432/contacts?user=app"))
                .isEqualTo(Dialect.POSTGRES);
    }

    @Test
    void theEmbeddedUrlsMeanH2() {
        assertThat(Dialect.fromJdbcUrl(H2Urls.file(Path.of("data")))).isEqualTo(Dialect.H2);
        assertThat(Dialect.fromJdbcUrl(H2Urls.memory("test"))).isEqualTo(Dialect.H2);
    }

    @Test
    void anotherDatabaseIsRefusedNamingTheAcceptedPrefixesButNotTheWholeUrl() {
        assertThatThrownBy(() -> Dialect.fromJdbcUrl("jdbc:mysql://admin:s3cret@db/contacts"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("jdbc:postgresql:")
                .hasMessageContaining("jdbc:h2:")
                .hasMessageContaining("jdbc:mysql:")
                .hasMessageNotContaining("s3cret");
        assertThatThrownBy(() -> Dialect.fromJdbcUrl("postgres://db/contacts"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("jdbc:postgresql:");
    }
}
