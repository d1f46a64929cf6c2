package io.contacts.app.reliability;

import io.contacts.app.Administration;
import io.contacts.app.ApiClient;
import io.contacts.domain.model.Account;
import io.contacts.domain.model.Client;
import io.contacts.domain.model.Field;
import io.contacts.domain.port.in.ClientInput;
import io.contacts.domain.port.in.ContactInput;
import io.contacts.domain.port.in.CreateClientCommand;
import io.contacts.domain.port.in.CreateContactCommand;
import io.contacts.domain.port.in.CreateUserCommand;
import io.contacts.domain.port.in.LastNameRule;
import io.contacts.domain.port.in.UseCases;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Test fixture: an account whose contact list is about 6 MB — more than the kernel's socket buffers take in (a send
 * buffer grows to 4 MiB at most here), so that a client that does not read it keeps the list streaming — with several
 * users, made through the use cases as an operator's import would, far quicker than thousands of HTTP requests.
 */
record BigAccount(long accountId, List<String> logins, String password, int port) {

    /** Contacts of about 1.2 KB of XML each. */
    static final int CONTACTS = 5_000;
    private static final String LONG = "x".repeat(180);

    static BigAccount create(Service service, int users) {
        return create(service, users, CONTACTS);
    }

    static BigAccount create(Service service, int users, int contacts) {
        String password = "big account password " + UUID.randomUUID();
        SecretsInLogs.remember(password);
        return Administration.run(service.app().config(), useCases -> {
            Account account = useCases.createAccount().createAccount("Big Lists Ltd");
            List<String> logins = new ArrayList<>();
            for (int i = 0; i < users; i++) {
                String email = "reader-" + i + "-" + UUID.randomUUID().toString().substring(0, 8) + "@big.example";
                useCases.createUser().createUser(new CreateUserCommand(account.id(), email, "Big", "Reader", password));
                SecretsInLogs.remember(ApiClient.basicAuthorization(email, password));
                logins.add(email);
            }
            fill(useCases, account, contacts);
            return new BigAccount(account.id().value(), List.copyOf(logins), password, service.port());
        });
    }

    private static void fill(UseCases useCases, Account account, int contacts) {
        Client client = useCases.createClient().createClient(new CreateClientCommand(account.id(),
                new ClientInput(Field.of("Big Client"), Field.absent(), Field.absent())));
        for (int i = 0; i < contacts; i++) {
            useCases.createContact().createContact(new CreateContactCommand(account.id(), new ContactInput(
                    Field.of(client.id().value()), Field.of("First name " + i), Field.of("Last name " + i + LONG),
                    Field.of("reader" + i + "@big.example"), Field.of("Head of " + i + LONG),
                    Field.of("Office " + i + LONG), Field.of("+1 555 0199 " + i), Field.of("Fax " + i + LONG)),
                    LastNameRule.REQUIRED));
        }
    }

    /** The {@code Authorization} header of the n-th user. */
    String authorization(int user) {
        return ApiClient.basicAuthorization(logins.get(user), password);
    }
}
