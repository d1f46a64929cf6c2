package io.contacts.persistence.jooq;

import io.contacts.domain.model.AccountId;
import io.contacts.domain.model.Client;
import io.contacts.domain.model.ClientFields;
import io.contacts.domain.model.ClientId;
import io.contacts.persistence.jooq.schema.tables.records.ClientsRecord;
import org.jooq.Field;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import static io.contacts.persistence.jooq.schema.Tables.CLIENTS;

/** Driven adapter mapping: a client to and from its row. */
final class ClientMapper {

    /** The version of a client just created, as the port promises. */
    static final long FIRST_VERSION = 1;

    /** The columns {@link #toClient(ResultSet)} reads, in the order it reads them. */
    static final List<Field<?>> COLUMNS = List.of(CLIENTS.ACCOUNT_ID, CLIENTS.ID, CLIENTS.NAME, CLIENTS.ACTIVE,
            CLIENTS.DETAILS, CLIENTS.CREATED_AT, CLIENTS.UPDATED_AT, CLIENTS.VERSION);

    private ClientMapper() {
    }

    /** The row of a new client; the database assigns the id. */
    static ClientsRecord newRow(AccountId account, ClientFields fields, Instant now) {
        ClientsRecord row = changes(fields, now, FIRST_VERSION);
        row.setAccountId(account.value());
        row.setCreatedAt(UtcTimes.toColumn(now));
        return row;
    }

    /**
     * The columns a change rewrites: every field (an absent one as null, which clears it), the update
     * time and the version. Keys and the creation time never change.
     */
    static ClientsRecord changes(ClientFields fields, Instant updatedAt, long version) {
        ClientsRecord row = new ClientsRecord();
        row.setName(fields.name());
        row.setActive(fields.active());
        row.setDetails(fields.details().orElse(null));
        row.setUpdatedAt(UtcTimes.toColumn(updatedAt));
        row.setVersion(version);
        return row;
    }

    /** A row selected as {@link #COLUMNS}. */
    static Client toClient(ResultSet row) throws SQLException {
        ClientFields fields = new ClientFields(row.getString(3), row.getBoolean(4),
                Optional.ofNullable(row.getString(5)));
        return new Client(ClientId.of(row.getLong(2)), AccountId.of(row.getLong(1)), fields,
                UtcTimes.fromColumn(row.getObject(6, OffsetDateTime.class)),
                UtcTimes.fromColumn(row.getObject(7, OffsetDateTime.class)), row.getLong(8));
    }

    static Client toClient(ClientsRecord row) {
        ClientFields fields = new ClientFields(row.getName(), row.getActive(), Optional.ofNullable(row.getDetails()));
        return new Client(ClientId.of(row.getId()), AccountId.of(row.getAccountId()), fields,
                UtcTimes.fromColumn(row.getCreatedAt()), UtcTimes.fromColumn(row.getUpdatedAt()), row.getVersion());
    }
}
