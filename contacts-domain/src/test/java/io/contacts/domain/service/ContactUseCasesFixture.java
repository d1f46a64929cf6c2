package io.contacts.domain.service;

import io.contacts.domain.model.AccountId;
import io.contacts.domain.model.ClientId;
import io.contacts.domain.model.Contact;
import io.contacts.domain.model.ContactFilter;
import io.contacts.domain.model.ContactId;
import io.contacts.domain.port.in.ContactInput;
import io.contacts.domain.port.in.CreateClientCommand;
import io.contacts.domain.port.in.CreateContactCommand;
import io.contacts.domain.port.in.LastNameRule;
import io.contacts.domain.port.in.UpdateContactCommand;
import io.contacts.domain.port.in.UseCases;
import io.contacts.domain.testdata.TestDomain;
import org.junit.jupiter.api.BeforeEach;

import java.util.List;
import java.util.OptionalLong;
import java.util.stream.Stream;

import static io.contacts.domain.testdata.ClientTestData.aClient;

/** Base of the contact use cases' tests: a domain in memory, and for each test an account with a client. */
abstract class ContactUseCasesFixture {

    protected final TestDomain domain = TestDomain.inMemory();
    protected final UseCases useCases = domain.useCases();
    protected AccountId account;
    protected ClientId client;

    @BeforeEach
    void anAccountWithAClient() {
        account = domain.newUser().account();
        client = newClient(account);
    }

    protected ClientId newClient(AccountId of) {
        return useCases.createClient().createClient(new CreateClientCommand(of, aClient().toInput())).id();
    }

    /** A create through Harvest v1, whose contract requires a last name. */
    protected Contact create(ContactInput input) {
        return create(input, LastNameRule.REQUIRED);
    }

    protected Contact create(ContactInput input, LastNameRule lastName) {
        return useCases.createContact().createContact(new CreateContactCommand(account, input, lastName));
    }

    /** An update through Harvest v1, whose contract never lets a last name be cleared. */
    protected Contact update(ContactId id, ContactInput changes, OptionalLong expectedVersion) {
        return update(id, changes, expectedVersion, LastNameRule.REQUIRED);
    }

    protected Contact update(ContactId id, ContactInput changes, OptionalLong expectedVersion,
                             LastNameRule lastName) {
        return useCases.updateContact().updateContact(
                new UpdateContactCommand(account, id, changes, expectedVersion, lastName));
    }

    protected List<Contact> all() {
        return list(ContactFilter.all());
    }

    protected List<Contact> list(ContactFilter filter) {
        try (Stream<Contact> contacts = useCases.listContacts().listContacts(account, filter)) {
            return contacts.toList();
        }
    }
}
