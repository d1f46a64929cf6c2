package io.contacts.domain.model;

import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The contact UID agreed with the export: its exact text, and reading it back only for its own account. */
class ContactUidTest {

    @Test
    void isAVersionEightUuidMadeOfTheIds() {
        String uid = ContactUid.of(AccountId.of(0x1_2345_6789L), ContactId.of(0xABCDEFL));

        assertThat(uid).isEqualTo("urn:uuid:00012345-6789-8000-8000-000000abcdef");
        UUID uuid = UUID.fromString(uid.substring("urn:uuid:".length()));
        assertThat(uuid.version()).isEqualTo(8);
        assertThat(uuid.variant()).isEqualTo(2);
    }

    @Test
    void namesItsContactInItsAccountWhateverTheCase() {
        AccountId account = AccountId.of(70_000);
        String uid = ContactUid.of(account, ContactId.of(42));

        assertThat(ContactUid.contactIn(account, uid)).contains(ContactId.of(42));
        assertThat(ContactUid.contactIn(account, " " + uid.toUpperCase() + " ")).contains(ContactId.of(42));
    }

    @Test
    void namesNothingInAnotherAccountOrInAnotherFormat() {
        AccountId account = AccountId.of(7);
        String uid = ContactUid.of(account, ContactId.of(42));

        assertThat(ContactUid.contactIn(AccountId.of(8), uid)).isEmpty();
        assertThat(ContactUid.contactIn(account, uid.replace("urn:uuid:", ""))).isEmpty();
        assertThat(ContactUid.contactIn(account, uid.replace("-8000-8000-", "-4000-8000-"))).isEmpty();
        assertThat(ContactUid.contactIn(account, "urn:uuid:00000000-0007-8000-8000-000000000000")).isEmpty();
        assertThat(ContactUid.contactIn(account, "urn:uuid:" + UUID.randomUUID())).isEmpty();
        assertThat(ContactUid.contactIn(account, "")).isEmpty();
        assertThat(ContactUid.contactIn(account, null)).isEmpty();
    }

    @Test
    void refusesIdsTheFormatCannotHold() {
        assertThatThrownBy(() -> ContactUid.of(AccountId.of(1), ContactId.of(1L << 48)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
