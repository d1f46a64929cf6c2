package io.contacts.http.undertow;

import io.contacts.domain.port.in.GetContactQuery;
import io.contacts.domain.port.in.ListContactsQuery;
import io.contacts.domain.port.in.UseCases;

/** Test support: the domain's use cases with one of them replaced — a counting or failing stand-in, no mocks. */
final class Substitute {

    private Substitute() {
    }

    static UseCases listContacts(UseCases u, ListContactsQuery listContacts) {
        return new UseCases(listContacts, u.getContact(), u.createContact(), u.updateContact(), u.deleteContact(),
                u.listClients(), u.getClient(), u.createClient(), u.updateClient(), u.toggleClient(), u.deleteClient(),
                u.whoAmI(), u.authenticate(), u.createAccount(), u.createUser(), u.issueToken(), u.bootstrap(),
                u.pageContacts(), u.getContactWithClient(), u.pageClients(), u.listAccounts(), u.renameAccount(),
                u.listUsers(), u.deleteUser(), u.resetPassword(), u.listTokens(), u.revokeToken(),
                u.countRequests(), u.importContacts());
    }

    static UseCases getContact(UseCases u, GetContactQuery getContact) {
        return new UseCases(u.listContacts(), getContact, u.createContact(), u.updateContact(), u.deleteContact(),
                u.listClients(), u.getClient(), u.createClient(), u.updateClient(), u.toggleClient(), u.deleteClient(),
                u.whoAmI(), u.authenticate(), u.createAccount(), u.createUser(), u.issueToken(), u.bootstrap(),
                u.pageContacts(), u.getContactWithClient(), u.pageClients(), u.listAccounts(), u.renameAccount(),
                u.listUsers(), u.deleteUser(), u.resetPassword(), u.listTokens(), u.revokeToken(),
                u.countRequests(), u.importContacts());
    }
}
