package io.contacts.persistence.jooq;

import io.contacts.domain.model.AccountId;
import io.contacts.domain.model.Client;
import io.contacts.domain.model.ClientFields;
import io.contacts.domain.model.ClientId;
import io.contacts.domain.model.Versions;
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

    /** The columns every read selects, in the table's order: a column's index here is its position in a row. */
    static final List<Field<?>> COLUMNS = List.of(CLIENTS.fields());

    private static final int ID = RowMapper.position(COLUMNS, CLIENTS.ID);
    private static final int ACCOUNT_ID = RowMapper.position(COLUMNS, CLIENTS.ACCOUNT_ID);
    private static final int NAME = RowMapper.position(COLUMNS, CLIENTS.NAME);
    private static final int ACTIVE = RowMapper.position(COLUMNS, CLIENTS.ACTIVE);
    private static final int DETAILS = RowMapper.position(COLUMNS, CLIENTS.DETAILS);
    private static final int CREATED_AT = RowMapper.position(COLUMNS, CLIENTS.CREATED_AT);
    private static final int UPDATED_AT = RowMapper.position(COLUMNS, CLIENTS.UPDATED_AT);
    private static final int VERSION = RowMapper.position(COLUMNS, CLIENTS.VERSION);

    private ClientMapper() {
    }

    /** The row of a new client; the database assigns the id. */
    static ClientsRecord newRow(AccountId account, ClientFields fields, Instant now) {
        ClientsRecord row = changes(fields, now, Versions.FIRST);
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
        ClientFields fields = new ClientFields(row.getString(NAME), row.getBoolean(ACTIVE),
                Optional.ofNullable(row.getString(DETAILS)));
        return new Client(ClientId.of(row.getLong(ID)), AccountId.of(row.getLong(ACCOUNT_ID)), fields,
                UtcTimes.fromColumn(row.getObject(CREATED_AT, OffsetDateTime.class)),
                UtcTimes.fromColumn(row.getObject(UPDATED_AT, OffsetDateTime.class)), row.getLong(VERSION));
    }
}
