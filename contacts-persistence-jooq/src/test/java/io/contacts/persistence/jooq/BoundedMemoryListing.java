package io.contacts.persistence.jooq;

import io.contacts.domain.model.AccountId;
import io.contacts.domain.model.ClientFields;
import io.contacts.domain.model.ClientId;
import io.contacts.domain.model.Contact;
import io.contacts.domain.model.ContactFilter;
import io.contacts.domain.port.out.Stores;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record1;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.junit.jupiter.api.Tag;

import javax.sql.DataSource;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Iterator;
import java.util.Optional;
import java.util.stream.Stream;

import static io.contacts.persistence.jooq.schema.Tables.CONTACTS;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Proof that a list streams instead of loading: {@value #ROWS} wide contacts go through a JVM whose heap
 * (64 MiB in the {@code bounded-memory} surefire execution) is several times too small to hold their text.
 * Were the driver, jOOQ or the adapter to materialise the rows, the JVM would run out of memory; the
 * final assertion checks the volume really exceeded the heap, so the test cannot pass vacuously.
 */
@Tag("bounded-memory")
abstract class BoundedMemoryListing {

    static final int ROWS = 200_000;
    /** Inserted per statement: one statement per chunk keeps the test's own writes small too. */
    private static final int CHUNK = 10_000;
    /** Text of the widest length the domain allows, in six columns of every row. */
    private static final String WIDE = "Streaming proof, row after row, never all of them at once. ".repeat(5)
            .substring(0, 255);
    private static final Instant T0 = Instant.parse("2024-03-01T10:15:30.123456Z");

    void aListOfMoreRowsThanTheHeapCanHoldStreamsThrough(DataSource dataSource, Dialect dialect) {
        JooqStores storage = JooqStores.create(dataSource, dialect);
        storage.migrate();
        Stores stores = storage.stores();
        AccountId account = stores.accounts().add("Streaming Ltd.", T0).id();
        ClientId client = stores.clients().add(account, new ClientFields("Everyone", true, Optional.empty()), T0).id();
        insertContacts(DSL.using(dataSource, dialect.sqlDialect(), Database.settings()), account, client);

        long rows = 0;
        long characters = 0;
        long previousId = 0;
        try (Stream<Contact> listed = stores.contacts().list(account, ContactFilter.all())) {
            Iterator<Contact> contacts = listed.iterator();
            while (contacts.hasNext()) {
                Contact contact = contacts.next();
                assertThat(contact.id().value()).isGreaterThan(previousId);
                previousId = contact.id().value();
                rows++;
                characters += textLength(contact);
            }
        }

        assertThat(rows).isEqualTo(ROWS);
        assertThat(characters).as("characters streamed, against the largest heap this JVM may use")
                .isGreaterThan(3 * Runtime.getRuntime().maxMemory());
    }

    /** Set-based inserts (a generated series), so that the rows never pass through this JVM on the way in. */
    private static void insertContacts(DSLContext sql, AccountId account, ClientId client) {
        for (int first = 1; first <= ROWS; first += CHUNK) {
            Table<Record1<Integer>> series = DSL.generateSeries(first, first + CHUNK - 1).as("series", "n");
            Field<Integer> n = series.field("n", Integer.class);
            sql.insertInto(CONTACTS, CONTACTS.ACCOUNT_ID, CONTACTS.CLIENT_ID, CONTACTS.FIRST_NAME,
                            CONTACTS.LAST_NAME, CONTACTS.TITLE, CONTACTS.PHONE_OFFICE, CONTACTS.PHONE_MOBILE,
                            CONTACTS.FAX, CONTACTS.CREATED_AT, CONTACTS.UPDATED_AT, CONTACTS.VERSION)
                    .select(DSL.select(DSL.val(account.value()), DSL.val(client.value()), DSL.val(WIDE),
                                    DSL.val("Row ").concat(n.cast(SQLDataType.VARCHAR(10))), DSL.val(WIDE),
                                    DSL.val(WIDE), DSL.val(WIDE), DSL.val(WIDE), DSL.val(T0.atOffset(ZoneOffset.UTC)),
                                    DSL.val(T0.atOffset(ZoneOffset.UTC)), DSL.val(1L))
                            .from(series))
                    .execute();
        }
    }

    private static long textLength(Contact contact) {
        var fields = contact.fields();
        return fields.firstName().length() + fields.lastName().map(String::length).orElse(0)
                + fields.title().map(String::length).orElse(0)
                + fields.phoneOffice().map(String::length).orElse(0)
                + fields.phoneMobile().map(String::length).orElse(0)
                + fields.fax().map(String::length).orElse(0);
    }
}
