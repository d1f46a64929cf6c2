package io.contacts.persistence.jooq;

import io.contacts.domain.model.AccountId;
import io.contacts.domain.model.ClientId;
import io.contacts.domain.model.Contact;
import io.contacts.domain.model.ContactFields;
import io.contacts.domain.model.ContactId;
import io.contacts.domain.model.EmailAddress;
import io.contacts.persistence.jooq.schema.tables.records.ContactsRecord;

import java.time.Instant;
import java.util.Optional;

/** Driven adapter mapping: a contact to and from its row. */
final class ContactMapper {

    /** The version of a contact just created, as the port promises. */
    static final long FIRST_VERSION = 1;

    private ContactMapper() {
    }

    /** The row of a new contact; the database assigns the id. */
    static ContactsRecord newRow(AccountId account, ContactFields fields, Instant now) {
        ContactsRecord row = changes(fields, now, FIRST_VERSION);
        row.setAccountId(account.value());
        row.setCreatedAt(UtcTimes.toColumn(now));
        return row;
    }

    /**
     * The columns a change rewrites: every field (an absent one as null, which clears it), the update
     * time and the version. Keys and the creation time never change.
     */
    static ContactsRecord changes(ContactFields fields, Instant updatedAt, long version) {
        ContactsRecord row = new ContactsRecord();
        row.setClientId(fields.clientId().value());
        row.setFirstName(fields.firstName());
        row.setLastName(fields.lastName());
        row.setEmail(fields.email().map(EmailAddress::value).orElse(null));
        row.setTitle(fields.title().orElse(null));
        row.setPhoneOffice(fields.phoneOffice().orElse(null));
        row.setPhoneMobile(fields.phoneMobile().orElse(null));
        row.setFax(fields.fax().orElse(null));
        row.setUpdatedAt(UtcTimes.toColumn(updatedAt));
        row.setVersion(version);
        return row;
    }

    static Contact toContact(ContactsRecord row) {
        ContactFields fields = new ContactFields(
                ClientId.of(row.getClientId()),
                row.getFirstName(),
                row.getLastName(),
                Optional.ofNullable(row.getEmail()).map(EmailAddress::of),
                Optional.ofNullable(row.getTitle()),
                Optional.ofNullable(row.getPhoneOffice()),
                Optional.ofNullable(row.getPhoneMobile()),
                Optional.ofNullable(row.getFax()));
        return new Contact(ContactId.of(row.getId()), AccountId.of(row.getAccountId()), fields,
                UtcTimes.fromColumn(row.getCreatedAt()), UtcTimes.fromColumn(row.getUpdatedAt()), row.getVersion());
    }
}
