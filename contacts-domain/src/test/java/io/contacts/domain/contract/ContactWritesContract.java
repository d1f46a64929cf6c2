package io.contacts.domain.contract;

import io.contacts.domain.model.AccountId;
import io.contacts.domain.model.ClientId;
import io.contacts.domain.model.Contact;
import io.contacts.domain.model.ContactChanges;
import io.contacts.domain.model.ContactFields;
import io.contacts.domain.model.ContactId;
import io.contacts.domain.model.UnknownClientException;
import io.contacts.domain.port.out.Contacts;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;

import static io.contacts.domain.testdata.ContactTestData.aContact;
import static io.contacts.domain.testdata.ContactTestData.firstNameOnly;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Contract of the {@link Contacts} port's changes and deletes: in one step, conditional on a version when one is
 * given, each scoped to its account.
 */
public abstract class ContactWritesContract extends ContactsInAnAccount {

    @Test
    void updateAtTheCurrentVersionAppliesTheChangesInOneStep() {
        Contact added = newContact(account, client);
        ClientId otherClient = newClient(account).id();
        ContactFields newFields = aContact().forClient(otherClient).withFirstName("Janet").withoutOptionalFields()
                .build();
        Instant later = T0.plusSeconds(5);

        Optional<Contact> changed = contacts.update(account, added.id(),
                aContact().forClient(otherClient).withFirstName("Janet").withoutOptionalFields().toChanges(),
                OptionalLong.of(added.version()), later);

        assertThat(changed).contains(new Contact(added.id(), account, newFields, T0, later, 2));
        assertThat(contacts.find(account, added.id())).isEqualTo(changed);
    }

    @Test
    void updateKeepsEveryFieldTheChangesDoNotName() {
        Contact added = newContact(account, client);

        Optional<Contact> changed = contacts.update(account, added.id(), firstNameOnly("Janet"),
                OptionalLong.empty(), T0.plusSeconds(1));

        ContactFields expected = aContact().forClient(client).withFirstName("Janet").build();
        assertThat(changed).get().extracting(Contact::fields).isEqualTo(expected);
        assertThat(contacts.find(account, added.id())).get().extracting(Contact::fields).isEqualTo(expected);
    }

    @Test
    void updateWithoutAVersionAppliesToWhateverIsStored() {
        Contact added = newContact(account, client);

        contacts.update(account, added.id(), firstNameOnly("One"), OptionalLong.empty(), T0.plusSeconds(1));
        Optional<Contact> second = contacts.update(account, added.id(), firstNameOnly("Two"), OptionalLong.empty(),
                T0.plusSeconds(2));

        assertThat(second).get().extracting(Contact::version).isEqualTo(3L);
        assertThat(contacts.find(account, added.id())).isEqualTo(second);
    }

    @Test
    void updateNeverMovesTheUpdateTimeBackNorKeepsIt() {
        Contact added = newContact(account, client, T0);

        Optional<Contact> sameTick = contacts.update(account, added.id(), firstNameOnly("Same"),
                OptionalLong.empty(), T0);
        Optional<Contact> clockBehind = contacts.update(account, added.id(), firstNameOnly("Behind"),
                OptionalLong.empty(), T0.minusSeconds(60));

        assertThat(sameTick).get().extracting(Contact::updatedAt).isEqualTo(T0.plusNanos(1_000));
        assertThat(clockBehind).get().extracting(Contact::updatedAt).isEqualTo(T0.plusNanos(2_000));
        assertThat(contacts.find(account, added.id())).isEqualTo(clockBehind);
    }

    @Test
    void updateAtAStaleVersionChangesNothing() {
        Contact added = newContact(account, client);

        assertThat(contacts.update(account, added.id(), firstNameOnly("First"), OptionalLong.of(added.version()),
                T0.plusSeconds(1))).isPresent();
        assertThat(contacts.update(account, added.id(), firstNameOnly("Second"), OptionalLong.of(added.version()),
                T0.plusSeconds(2))).isEmpty();

        assertThat(contacts.find(account, added.id())).get().extracting(contact -> contact.fields().firstName())
                .isEqualTo("First");
    }

    @Test
    void updateInAnotherAccountOrOfNoContactChangesNothing() {
        Contact added = newContact(account, client);
        AccountId other = newAccount();

        assertThat(contacts.update(other, added.id(), aContact().forClient(newClient(other).id()).toChanges(),
                OptionalLong.empty(), T0.plusSeconds(1))).isEmpty();
        assertThat(contacts.update(account, ContactId.of(Long.MAX_VALUE), firstNameOnly("Nobody"),
                OptionalLong.empty(), T0.plusSeconds(1))).isEmpty();

        assertThat(contacts.find(account, added.id())).contains(added);
    }

    @Test
    void updateToAClientTheAccountDoesNotHaveIsRefused() {
        Contact added = newContact(account, client);
        AccountId other = newAccount();
        ContactChanges moved = aContact().forClient(newClient(other).id()).toChanges();

        assertThatThrownBy(() -> contacts.update(account, added.id(), moved, OptionalLong.of(added.version()),
                T0.plusSeconds(1))).isInstanceOf(UnknownClientException.class);
        assertThatThrownBy(() -> contacts.update(account, added.id(),
                aContact().forClient(Long.MAX_VALUE).toChanges(), OptionalLong.empty(), T0.plusSeconds(1)))
                .isInstanceOf(UnknownClientException.class);

        assertThat(contacts.find(account, added.id())).contains(added);
    }

    @Test
    void removeAtTheCurrentVersionDeletes() {
        Contact added = newContact(account, client);

        assertThat(contacts.remove(account, added.id(), OptionalLong.of(added.version()))).isTrue();

        assertThat(contacts.find(account, added.id())).isEmpty();
        assertThat(contacts.remove(account, added.id(), OptionalLong.of(added.version()))).isFalse();
        assertThat(contacts.remove(account, added.id(), OptionalLong.empty())).isFalse();
    }

    @Test
    void removeWithoutAVersionDeletesWhateverIsStored() {
        Contact added = newContact(account, client);
        contacts.update(account, added.id(), firstNameOnly("Changed"), OptionalLong.empty(), T0.plusSeconds(1));

        assertThat(contacts.remove(account, added.id(), OptionalLong.empty())).isTrue();

        assertThat(contacts.find(account, added.id())).isEmpty();
    }

    @Test
    void removeAtAStaleVersionOrFromAnotherAccountKeepsTheContact() {
        Contact added = newContact(account, client);

        assertThat(contacts.remove(account, added.id(), OptionalLong.of(added.version() + 1))).isFalse();
        assertThat(contacts.remove(newAccount(), added.id(), OptionalLong.of(added.version()))).isFalse();
        assertThat(contacts.remove(newAccount(), added.id(), OptionalLong.empty())).isFalse();

        assertThat(contacts.find(account, added.id())).contains(added);
    }

    @Test
    void anyOfClientIsScopedToTheAccountAndTheClient() {
        ClientId emptyClient = newClient(account).id();
        newContact(account, client);

        assertThat(contacts.anyOfClient(account, client)).isTrue();
        assertThat(contacts.anyOfClient(account, emptyClient)).isFalse();
        assertThat(contacts.anyOfClient(newAccount(), client)).isFalse();
    }
}
