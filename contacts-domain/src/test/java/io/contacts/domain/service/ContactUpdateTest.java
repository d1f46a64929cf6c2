package io.contacts.domain.service;

import io.contacts.domain.model.ClientId;
import io.contacts.domain.model.Contact;
import io.contacts.domain.model.Field;
import io.contacts.domain.model.StaleVersionException;
import io.contacts.domain.model.ValidationException;
import io.contacts.domain.port.in.ContactInput;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;

import static io.contacts.domain.testdata.ContactTestData.aContact;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Use case: changing a contact — only what is sent, always later, within the account, at the version read. */
class ContactUpdateTest extends ContactUseCasesFixture {

    @Test
    void updateChangesOnlyTheFieldsSentAndKeepsTheRest() {
        Contact created = create(aContact().forClient(client).toInput());
        Instant later = domain.clock().advance(Duration.ofMinutes(5));
        ContactInput changes = new ContactInput(Field.absent(), Field.absent(), Field.of("Smith"),
                Field.of("Jane@JaneDoe.com"), Field.absent(), Field.blank(), Field.of(" "), Field.absent());

        Contact updated = update(created.id(), changes, OptionalLong.empty());

        assertThat(updated.fields()).isEqualTo(aContact().forClient(client).withLastName("Smith")
                .withEmail("Jane@JaneDoe.com").withPhoneOffice(null).withPhoneMobile(null).build());
        assertThat(updated.createdAt()).isEqualTo(created.createdAt());
        assertThat(updated.updatedAt()).isEqualTo(later);
        assertThat(updated.version()).isEqualTo(2);
        assertThat(useCases.getContact().getContact(account, created.id())).isEqualTo(updated);
    }

    @Test
    void everyUpdateMovesUpdatedAtEvenWithinOneClockTick() {
        Contact created = create(aContact().forClient(client).toInput());

        Contact first = update(created.id(), ContactInput.none(), OptionalLong.empty());
        Contact second = update(created.id(), ContactInput.none(), OptionalLong.empty());

        assertThat(first.updatedAt()).isAfter(created.updatedAt());
        assertThat(second.updatedAt()).isAfter(first.updatedAt());
        assertThat(second.version()).isEqualTo(3);
    }

    @Test
    void aRequiredFieldCannotBeClearedAndAFailedUpdateChangesNothing() {
        Contact created = create(aContact().forClient(client).toInput());
        ContactInput changes = new ContactInput(Field.blank(), Field.of("Janet"), Field.blank(), Field.absent(),
                Field.absent(), Field.absent(), Field.absent(), Field.absent());

        assertThatThrownBy(() -> update(created.id(), changes, OptionalLong.empty()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.messages())
                        .containsExactly("Client can't be blank", "Last name can't be blank"));
        assertThat(useCases.getContact().getContact(account, created.id())).isEqualTo(created);
    }

    @Test
    void aContactMovesToAnotherClientOfTheAccountOnly() {
        Contact created = create(aContact().forClient(client).toInput());
        ClientId second = newClient(account);
        ClientId foreign = newClient(domain.newUser().account());

        Contact moved = update(created.id(), withClient(second.value()), OptionalLong.empty());
        assertThat(moved.clientId()).isEqualTo(second);

        assertThatThrownBy(() -> update(created.id(), withClient(foreign.value()), OptionalLong.empty()))
                .isInstanceOf(ValidationException.class);
        assertThat(useCases.getContact().getContact(account, created.id()).clientId()).isEqualTo(second);
    }

    @Test
    void anUpdateBasedOnAStaleVersionIsRefusedAndChangesNothing() {
        Contact created = create(aContact().forClient(client).toInput());
        Contact current = update(created.id(), ContactInput.none(), OptionalLong.of(1));

        assertThatThrownBy(() -> update(created.id(), aContact().withFirstName("Stale").toInput(), OptionalLong.of(1)))
                .isInstanceOf(StaleVersionException.class);
        assertThat(useCases.getContact().getContact(account, created.id())).isEqualTo(current);
    }

    private static ContactInput withClient(long clientId) {
        ContactInput none = ContactInput.none();
        return new ContactInput(Field.of(clientId), none.firstName(), none.lastName(), none.email(), none.title(),
                none.phoneOffice(), none.phoneMobile(), none.fax());
    }
}
