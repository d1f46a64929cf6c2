package io.contacts.domain.model;

import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The UID an export gives a contact: its exact text, a valid version 8 UUID, and read back only for its account. */
class ContactUidTest {

    private static final AccountId ACCOUNT = AccountId.of(7);

    @Test
    void theUidHoldsTheAccountAndTheContactInHex() {
        assertThat(ContactUid.of(ACCOUNT, ContactId.of(42)))
                .isEqualTo("urn:uuid:00000000-0007-8000-8000-00000000002a");
        assertThat(ContactUid.of(AccountId.of(0x123456789ABCL), ContactId.of(0xFEDCBA987654L)))
                .isEqualTo("urn:uuid:12345678-9abc-8000-8000-fedcba987654");
    }

    @Test
    void theUidIsAVersion8UuidOfTheRfc9562Variant() {
        UUID uuid = UUID.fromString(ContactUid.of(AccountId.of(0x123456789ABCL), ContactId.of(99))
                .substring("urn:uuid:".length()));
        assertThat(uuid.version()).isEqualTo(8);
        assertThat(uuid.variant()).isEqualTo(2);
    }

    @Test
    void aUidReadsBackAsItsContactForItsAccountOnly() {
        ContactId contact = ContactId.of(ContactUid.MAX_ID);
        AccountId big = AccountId.of(ContactUid.MAX_ID);
        String uid = ContactUid.of(big, contact);
        assertThat(ContactUid.contactIn(big, uid)).contains(contact);
        assertThat(ContactUid.contactIn(big, uid.toUpperCase().replace("URN:UUID:", "urn:uuid:"))).contains(contact);
        assertThat(ContactUid.contactIn(ACCOUNT, uid)).isEmpty();
    }

    @Test
    void textInAnotherFormatNamesNoContact() {
        assertThat(ContactUid.contactIn(ACCOUNT, null)).isEmpty();
        assertThat(ContactUid.contactIn(ACCOUNT, "00000000-0007-8000-8000-00000000002a")).isEmpty();
        assertThat(ContactUid.contactIn(ACCOUNT, "urn:uuid:00000000-0007-4000-8000-00000000002a")).isEmpty();
        assertThat(ContactUid.contactIn(ACCOUNT, "urn:uuid:00000000-0007-8000-c000-00000000002a")).isEmpty();
        assertThat(ContactUid.contactIn(ACCOUNT, "urn:uuid:00000000-0007-8000-8000-000000000000")).isEmpty();
        assertThat(ContactUid.contactIn(ACCOUNT, "urn:uuid:00000000-0007-8000-8000-00000000002a-1")).isEmpty();
        assertThat(ContactUid.contactIn(ACCOUNT, "urn:uuid:00000000-0007-8000-8000-00000000002a"))
                .contains(ContactId.of(42));
    }

    @Test
    void idsBeyond48BitsAreRefused() {
        assertThatThrownBy(() -> ContactUid.of(ACCOUNT, ContactId.of(ContactUid.MAX_ID + 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("48 bits");
        assertThatThrownBy(() -> ContactUid.of(AccountId.of(1L << 48), ContactId.of(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
