package io.contacts.domain.service;

import io.contacts.domain.model.AccountId;
import io.contacts.domain.model.ClientId;
import io.contacts.domain.model.Contact;
import io.contacts.domain.model.ContactFilter;
import io.contacts.domain.model.ContactId;
import io.contacts.domain.model.EmailAddress;
import io.contacts.domain.model.NotFoundException;
import io.contacts.domain.model.StaleVersionException;
import io.contacts.domain.model.ValidationException;
import io.contacts.domain.port.in.ContactInput;
import io.contacts.domain.port.in.DeleteContactCommand;
import io.contacts.domain.port.in.LastNameRule;
import io.contacts.domain.port.in.UpdateContactCommand;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;

import static io.contacts.domain.testdata.ContactTestData.aContact;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The contact use cases, through the domain's public entry point on the in-memory store. */
class ContactServiceTest extends ContactUseCasesFixture {

    @Test
    void createStoresTheContactWithTheClocksTimeAtVersionOne() {
        Instant now = domain.clock().instant();

        Contact created = create(aContact().forClient(client).toInput());

        assertThat(created.fields()).isEqualTo(aContact().forClient(client).build());
        assertThat(created.createdAt()).isEqualTo(now);
        assertThat(created.updatedAt()).isEqualTo(now);
        assertThat(created.version()).isEqualTo(1);
        assertThat(useCases.getContact().getContact(account, created.id())).isEqualTo(created);
    }

    @Test
    void createReportsEveryProblemAtOnceInFieldOrderAndStoresNothing() {
        ContactInput input = aContact().withFirstName("").withLastName("   ").withEmail("jane at doe")
                .withTitle("x".repeat(256)).withFax("bell\u0007").toInput();

        assertThatThrownBy(() -> create(input))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.messages()).containsExactly(
                        "Client can't be blank",
                        "First name can't be blank",
                        "Last name can't be blank",
                        "Email is invalid",
                        "Title is too long (maximum is 255 characters)",
                        "Fax contains characters that are not allowed"));
        assertThat(all()).isEmpty();
    }

    @Test
    void onlyClientFirstAndLastNameAreRequired() {
        Contact created = create(aContact().forClient(client).withoutOptionalFields().toInput());

        assertThat(created.fields().email()).isEmpty();
        assertThat(created.fields().fax()).isEmpty();
    }

    @Test
    void aClientOfAnotherAccountOrNoneAtAllDoesNotExist() {
        ClientId foreign = newClient(domain.newUser().account());

        for (long clientId : new long[] {foreign.value(), Long.MAX_VALUE, 0, -5}) {
            assertThatThrownBy(() -> create(aContact().forClient(clientId).toInput()))
                    .isInstanceOfSatisfying(ValidationException.class,
                            e -> assertThat(e.messages()).containsExactly("Client does not exist"));
        }
    }

    @Test
    void anUnknownClientIsReportedFirstAlongWithEveryOtherProblem() {
        ClientId foreign = newClient(domain.newUser().account());

        assertThatThrownBy(() -> create(aContact().forClient(foreign).withFirstName(" ").withEmail("@").toInput()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.messages()).containsExactly(
                        "Client does not exist", "First name can't be blank", "Email is invalid"));
        assertThat(all()).isEmpty();
    }

    @Test
    void textsAreStrippedAndAnEmptyOptionalIsAbsent() {
        Contact created = create(aContact().forClient(client).withFirstName("  Jane\t").withLastName("\nDoe ")
                .withEmail("  ").withTitle("").toInput());

        assertThat(created.fields().firstName()).isEqualTo("Jane");
        assertThat(created.fields().lastName()).contains("Doe");
        assertThat(created.fields().email()).isEmpty();
        assertThat(created.fields().title()).isEmpty();
    }

    @Test
    void lengthIsCountedInCharactersNotInUtf16Units() {
        String longestEmoji = "😀".repeat(255);

        Contact created = create(aContact().forClient(client).withLastName(longestEmoji).toInput());

        assertThat(created.fields().lastName()).contains(longestEmoji);
        assertThatThrownBy(() -> create(aContact().forClient(client).withLastName(longestEmoji + "😀").toInput()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.messages())
                        .containsExactly("Last name is too long (maximum is 255 characters)"));
    }
    @Test
    void anotherAccountsContactIsNotFoundForReadUpdateOrDelete() {
        Contact created = create(aContact().forClient(client).toInput());
        AccountId intruder = domain.newUser().account();

        assertThatThrownBy(() -> useCases.getContact().getContact(intruder, created.id()))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> useCases.updateContact().updateContact(new UpdateContactCommand(intruder,
                created.id(), aContact().withFirstName("Mallory").toInput(), OptionalLong.empty(),
                LastNameRule.REQUIRED)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> useCases.deleteContact().deleteContact(
                new DeleteContactCommand(intruder, created.id(), OptionalLong.empty())))
                .isInstanceOf(NotFoundException.class);
        assertThat(useCases.getContact().getContact(account, created.id())).isEqualTo(created);
    }

    @Test
    void deleteRemovesTheContactAndOnlyAtTheExpectedVersion() {
        Contact kept = create(aContact().forClient(client).toInput());
        Contact deleted = create(aContact().forClient(client).toInput());

        assertThatThrownBy(() -> delete(kept.id(), OptionalLong.of(2))).isInstanceOf(StaleVersionException.class);
        delete(deleted.id(), OptionalLong.of(1));

        assertThat(all()).containsExactly(kept);
        assertThatThrownBy(() -> delete(deleted.id(), OptionalLong.empty())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void listIsOrderedByIdFiltersByClientAndUpdatedSinceInclusively() {
        ClientId other = newClient(account);
        Contact a = create(aContact().forClient(client).toInput());
        Instant bound = domain.clock().advance(Duration.ofHours(1));
        Contact b = create(aContact().forClient(other).toInput());
        domain.clock().advance(Duration.ofHours(1));
        Contact c = create(aContact().forClient(client).toInput());

        assertThat(all()).containsExactly(a, b, c);
        assertThat(list(ContactFilter.ofClient(client))).containsExactly(a, c);
        assertThat(list(ContactFilter.all().updatedSince(bound))).containsExactly(b, c);
        assertThat(list(ContactFilter.ofClient(client).updatedSince(bound))).containsExactly(c);
    }

    @Test
    void listingTheContactsOfAClientTheAccountDoesNotHaveIsNotFound() {
        ClientId foreign = newClient(domain.newUser().account());

        assertThatThrownBy(() -> list(ContactFilter.ofClient(foreign))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> list(ContactFilter.ofClient(ClientId.of(Long.MAX_VALUE))))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void anEmailIsKeptAsWritten() {
        Contact created = create(aContact().forClient(client).withEmail("Jane.Q@Doe.co.uk").toInput());

        assertThat(created.fields().email()).contains(EmailAddress.of("Jane.Q@Doe.co.uk"));
    }

    private void delete(ContactId id, OptionalLong expectedVersion) {
        useCases.deleteContact().deleteContact(new DeleteContactCommand(account, id, expectedVersion));
    }
}
