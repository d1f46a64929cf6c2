package io.contacts.app.reliability;

import io.contacts.app.Administration;
import io.contacts.app.ApiClient;
import io.contacts.domain.model.AccountId;
import io.contacts.domain.port.in.CreateUserCommand;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How credentials are kept, read from the stored rows on both stores: passwords as salted PBKDF2 hashes of the
 * documented cost (recomputed here with the JDK's own implementation), tokens as SHA-256 digests, neither secret
 * anywhere in the database; what is stored cannot itself sign in. Every sign-in path runs with the log at DEBUG,
 * and no secret reaches it.
 */
class CredentialStorageTest {

    /** First in, last out: it records from before the services start until after they stop. */
    @RegisterExtension
    @Order(1)
    static final SecretsInLogs LOGS = SecretsInLogs.atDebugLevel();

    private static final int MIN_ITERATIONS = 600_000;
    /** Flyway names its table in quoted lower case, which H2 keeps as written. */
    private static final List<String> TABLES = List.of("accounts", "users", "access_tokens", "clients", "contacts",
            "\"flyway_schema_history\"");

    @RegisterExtension
    @Order(2)
    static final ServicesPerStore SERVICES = new ServicesPerStore();

    @ParameterizedTest
    @EnumSource(Store.class)
    void passwordsAreSaltedSlowHashesAndTokensDigestsAndNeitherIsStoredOrLogged(Store store) throws Exception {
        Service service = SERVICES.get(store);
        Tenant tenant = service.newTenant("Credentials " + store);
        // A second user with the very same password: the salt must make the two hashes differ.
        String twin = "twin-" + UUID.randomUUID().toString().substring(0, 8) + "@credentials.example";
        Administration.run(service.app().config(), useCases -> useCases.createUser().createUser(new CreateUserCommand(
                AccountId.of(tenant.accountId()), twin, "Twin", "User", tenant.password())));
        exerciseEverySignInPath(tenant, twin);

        String hash = passwordHash(service, tenant.email());
        String twinHash = passwordHash(service, twin);
        SecretsInLogs.remember(hash);
        String[] parts = hash.split("\\$");
        assertThat(parts).hasSize(4);
        assertThat(parts[0]).isEqualTo("pbkdf2-sha256");
        int iterations = Integer.parseInt(parts[1]);
        byte[] salt = Base64.getDecoder().decode(parts[2]);
        byte[] derived = Base64.getDecoder().decode(parts[3]);
        assertThat(iterations).isGreaterThanOrEqualTo(MIN_ITERATIONS);
        assertThat(salt).hasSizeGreaterThanOrEqualTo(16);
        assertThat(derived).hasSize(32);
        assertThat(derived).as("PBKDF2-HMAC-SHA256 of the password with the stored salt and cost")
                .isEqualTo(jdkPbkdf2(tenant.password(), salt, iterations));
        assertThat(twinHash).as("the same password, another salt").isNotEqualTo(hash);
        assertThat(twinHash.split("\\$")[2]).isNotEqualTo(parts[2]);

        String digest = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(tenant.token().getBytes(StandardCharsets.UTF_8)));
        SecretsInLogs.remember(digest);
        assertThat(tokenDigests(service, tenant.accountId())).containsExactly(digest);

        String everything = dump(service);
        assertThat(everything).contains(hash).contains(digest)
                .doesNotContain(tenant.password())
                .doesNotContain(tenant.token())
                .doesNotContain(ApiClient.basicAuthorization(tenant.email(), tenant.password()).substring(6));

        // What a thief of the database would hold does not sign in.
        int port = service.port();
        assertThat(ApiClient.basic(port, tenant.email(), hash).get("/account/who_am_i").statusCode()).isEqualTo(401);
        assertThat(ApiClient.bearer(port, digest).get("/account/who_am_i").statusCode()).isEqualTo(401);
        Report.line("credentials on %s: password stored as %s$%d$<%d-byte salt>$<%d-byte hash> (recomputed with the "
                        + "JDK's PBKDF2WithHmacSHA256: equal), same password of a second user hashed with another salt, "
                        + "token stored as its SHA-256 digest, neither secret in any of %d tables", store, parts[0],
                iterations, salt.length, derived.length, TABLES.size());
    }

    /** Successes and failures of Basic, Bearer and the query token, so that each path has had its say in the log. */
    private static void exerciseEverySignInPath(Tenant tenant, String twin) {
        int port = tenant.port();
        assertThat(tenant.basic().get("/account/who_am_i").statusCode()).isEqualTo(200);
        assertThat(ApiClient.basic(port, twin, tenant.password()).get("/contacts").statusCode()).isEqualTo(200);
        assertThat(tenant.bearer().get("/contacts").statusCode()).isEqualTo(200);
        assertThat(ApiClient.anonymous(port).get("/contacts?access_token=" + tenant.token()).statusCode())
                .isEqualTo(200);
        String wrong = "wrong " + tenant.password();
        SecretsInLogs.remember(wrong);
        assertThat(ApiClient.basic(port, tenant.email(), wrong).get("/contacts").statusCode()).isEqualTo(401);
        assertThat(ApiClient.basic(port, "nobody@nowhere.example", tenant.password()).get("/contacts").statusCode())
                .isEqualTo(401);
        assertThat(ApiClient.bearer(port, tenant.token() + "x").get("/contacts").statusCode()).isEqualTo(401);
        assertThat(ApiClient.anonymous(port).get("/contacts?access_token=" + tenant.token() + "x").statusCode())
                .isEqualTo(401);
    }

    private static byte[] jdkPbkdf2(String password, byte[] salt, int iterations) throws Exception {
        PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, iterations, 256);
        return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
    }

    private static String passwordHash(Service service, String email) throws SQLException {
        try (Connection connection = service.jdbc();
             PreparedStatement select = connection.prepareStatement("select password_hash from users where email = ?")) {
            select.setString(1, email.toLowerCase());
            try (ResultSet row = select.executeQuery()) {
                assertThat(row.next()).as("a user row for " + email).isTrue();
                return row.getString(1);
            }
        }
    }

    private static List<String> tokenDigests(Service service, long account) throws SQLException {
        try (Connection connection = service.jdbc();
             PreparedStatement select = connection.prepareStatement(
                     "select digest from access_tokens where account_id = ?")) {
            select.setLong(1, account);
            try (ResultSet rows = select.executeQuery()) {
                List<String> digests = new java.util.ArrayList<>();
                while (rows.next()) {
                    digests.add(rows.getString(1));
                }
                return digests;
            }
        }
    }

    /** Every value of every row of every table, as text: what a copy of the database would give away. */
    private static String dump(Service service) throws SQLException {
        StringBuilder all = new StringBuilder();
        try (Connection connection = service.jdbc(); Statement statement = connection.createStatement()) {
            for (String table : TABLES) {
                try (ResultSet rows = statement.executeQuery("select * from " + table)) {
                    ResultSetMetaData columns = rows.getMetaData();
                    while (rows.next()) {
                        for (int column = 1; column <= columns.getColumnCount(); column++) {
                            all.append(rows.getString(column)).append('\u0001');
                        }
                        all.append('\n');
                    }
                }
            }
        }
        return all.toString();
    }
}
