package io.contacts.domain.service;

import io.contacts.domain.port.in.SignInPolicy;
import io.contacts.domain.port.in.UseCases;
import io.contacts.domain.port.out.Secrets;
import io.contacts.domain.port.out.Stores;

import java.time.Clock;

/**
 * Wires the use cases onto a store, a clock, a secrets implementation and a sign-in policy: the domain's one
 * entry point.
 */
public final class DomainServices {

    private DomainServices() {
    }

    /** With {@link SignInPolicy#defaults()}. */
    public static UseCases create(Stores stores, Clock clock, Secrets secrets) {
        return create(stores, clock, secrets, SignInPolicy.defaults());
    }

    public static UseCases create(Stores stores, Clock clock, Secrets secrets, SignInPolicy signIns) {
        ContactService contacts = new ContactService(stores.contacts(), stores.clients(), clock);
        ClientService clients = new ClientService(stores.clients(), stores.contacts(), stores.transactions(), clock);
        AuthenticationService authentication = new AuthenticationService(stores.accounts(), stores.users(),
                stores.accessTokens(), secrets, stores.tallies(), clock, signIns);
        AdministrationService administration = new AdministrationService(stores.accounts(), stores.users(),
                stores.accessTokens(), stores.transactions(), secrets, clock);
        UserAdministrationService userAdministration = new UserAdministrationService(stores.accounts(),
                stores.users(), stores.accessTokens(), stores.transactions(), secrets);
        return new UseCases(contacts, contacts, contacts, contacts, contacts,
                clients, clients, clients, clients, clients, clients,
                authentication, authentication,
                administration, administration, administration, administration,
                contacts, contacts, clients,
                administration, administration,
                userAdministration, userAdministration, userAdministration, userAdministration, userAdministration,
                new RequestCounts(stores.tallies()),
                new ImportService(stores.contacts(), stores.clients(), stores.transactions(), clock));
    }
}
