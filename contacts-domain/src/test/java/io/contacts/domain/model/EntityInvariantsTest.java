package io.contacts.domain.model;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Optional;

import static io.contacts.domain.testdata.ContactTestData.aContact;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The entities refuse states no valid history can produce, whoever builds them. */
class EntityInvariantsTest {

    private static final Instant T = Instant.parse("2008-04-09T12:07:56Z");

    @Test
    void aChangeKeepsIdentityAndCreationAndMovesVersionAndTime() {
        Contact contact = new Contact(ContactId.of(9), AccountId.of(1), aContact().forClient(11072).build(), T, T, 1);

        Contact changed = contact.changedTo(aContact().forClient(11072).withFirstName("Janet").build(),
                T.plusSeconds(1));

        assertThat(changed.id()).isEqualTo(contact.id());
        assertThat(changed.createdAt()).isEqualTo(T);
        assertThat(changed.updatedAt()).isEqualTo(T.plusSeconds(1));
        assertThat(changed.version()).isEqualTo(2);
    }

    @Test
    void impossibleStatesAreRefused() {
        ContactFields fields = aContact().forClient(1).build();

        assertThatThrownBy(() -> new Contact(ContactId.of(1), AccountId.of(1), fields, T, T.minusSeconds(1), 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Contact(ContactId.of(1), AccountId.of(1), fields, T, T, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ContactId.of(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ClientFields(" ", true, Optional.empty()))
                .hasMessage("Name can't be blank");
        assertThatThrownBy(() -> aContact().forClient(1).withTitle("t".repeat(256)).build())
                .hasMessage("Title is too long (maximum is 255 characters)");
        assertThatThrownBy(() -> new UserFields(EmailAddress.of("Upper@Case.com"), "A", "B"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> aContact().forClient(1).withTitle("half a pair \uD83D").build())
                .hasMessage("Title contains characters that are not allowed");
        assertThatThrownBy(() -> aContact().forClient(1).withTitle("\uDE00 the other half").build())
                .hasMessage("Title contains characters that are not allowed");
        assertThat(aContact().forClient(1).withTitle("a whole pair \uD83D\uDE00").build().title())
                .contains("a whole pair 😀");
    }

    @Test
    void textsAreCountedInCharactersAndMayHoldTabsAndLineBreaks() {
        String emoji = "\uD83D\uDE00";
        assertThat(aContact().forClient(1).withTitle("t".repeat(254) + emoji).build().title())
                .hasValue("t".repeat(254) + emoji);
        assertThatThrownBy(() -> aContact().forClient(1).withTitle("t".repeat(255) + emoji).build())
                .hasMessage("Title is too long (maximum is 255 characters)");
        assertThat(aContact().forClient(1).withTitle("t".repeat(255)).build().title()).hasValue("t".repeat(255));
        assertThat(aContact().forClient(1).withTitle("a\tb\r\nc").build().title()).hasValue("a\tb\r\nc");
        assertThatThrownBy(() -> aContact().forClient(1).withTitle("a\u0000b").build())
                .hasMessage("Title contains characters that are not allowed");
        assertThatThrownBy(() -> aContact().forClient(1).withTitle("\uFFFE").build())
                .hasMessage("Title contains characters that are not allowed");
    }

    @Test
    void aStoreTakesBackWhatItWroteUncheckedButNeverWithoutAField() {
        ContactFields checked = aContact().forClient(1).build();

        ContactFields stored = ContactFields.stored(checked.clientId(), checked.firstName(), checked.lastName(),
                checked.email(), checked.title(), checked.phoneOffice(), checked.phoneMobile(), checked.fax());

        assertThat(stored).isEqualTo(checked).hasSameHashCodeAs(checked).hasToString(checked.toString());
        assertThat(EmailAddress.stored("jane@example.com")).isEqualTo(EmailAddress.of("jane@example.com"));
        assertThatThrownBy(() -> ContactFields.stored(checked.clientId(), null, checked.lastName(), checked.email(),
                checked.title(), checked.phoneOffice(), checked.phoneMobile(), checked.fax()))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> EmailAddress.stored(null)).isInstanceOf(NullPointerException.class);
    }
}
