package io.contacts.domain.port.in;

import java.util.Objects;

/** Everything the domain offers its driving adapters (transports, command lines), in one value to pass around. */
public record UseCases(
        ListContactsQuery listContacts,
        GetContactQuery getContact,
        CreateContactUseCase createContact,
        UpdateContactUseCase updateContact,
        DeleteContactUseCase deleteContact,
        ListClientsQuery listClients,
        GetClientQuery getClient,
        CreateClientUseCase createClient,
        UpdateClientUseCase updateClient,
        ToggleClientUseCase toggleClient,
        DeleteClientUseCase deleteClient,
        WhoAmIQuery whoAmI,
        AuthenticateUseCase authenticate,
        CreateAccountUseCase createAccount,
        CreateUserUseCase createUser,
        IssueTokenUseCase issueToken,
        BootstrapUseCase bootstrap,
        PageContactsQuery pageContacts,
        GetContactWithClientQuery getContactWithClient,
        PageClientsQuery pageClients,
        ListAccountsQuery listAccounts,
        RenameAccountUseCase renameAccount,
        ListUsersQuery listUsers,
        DeleteUserUseCase deleteUser,
        ResetPasswordUseCase resetPassword,
        ListTokensQuery listTokens,
        RevokeTokenUseCase revokeToken,
        CountRequestsUseCase countRequests,
        ImportContactsUseCase importContacts) {

    public UseCases {
        Objects.requireNonNull(listContacts, "listContacts");
        Objects.requireNonNull(getContact, "getContact");
        Objects.requireNonNull(createContact, "createContact");
        Objects.requireNonNull(updateContact, "updateContact");
        Objects.requireNonNull(deleteContact, "deleteContact");
        Objects.requireNonNull(listClients, "listClients");
        Objects.requireNonNull(getClient, "getClient");
        Objects.requireNonNull(createClient, "createClient");
        Objects.requireNonNull(updateClient, "updateClient");
        Objects.requireNonNull(toggleClient, "toggleClient");
        Objects.requireNonNull(deleteClient, "deleteClient");
        Objects.requireNonNull(whoAmI, "whoAmI");
        Objects.requireNonNull(authenticate, "authenticate");
        Objects.requireNonNull(createAccount, "createAccount");
        Objects.requireNonNull(createUser, "createUser");
        Objects.requireNonNull(issueToken, "issueToken");
        Objects.requireNonNull(bootstrap, "bootstrap");
        Objects.requireNonNull(pageContacts, "pageContacts");
        Objects.requireNonNull(getContactWithClient, "getContactWithClient");
        Objects.requireNonNull(pageClients, "pageClients");
        Objects.requireNonNull(listAccounts, "listAccounts");
        Objects.requireNonNull(renameAccount, "renameAccount");
        Objects.requireNonNull(listUsers, "listUsers");
        Objects.requireNonNull(deleteUser, "deleteUser");
        Objects.requireNonNull(resetPassword, "resetPassword");
        Objects.requireNonNull(listTokens, "listTokens");
        Objects.requireNonNull(revokeToken, "revokeToken");
        Objects.requireNonNull(countRequests, "countRequests");
        Objects.requireNonNull(importContacts, "importContacts");
    }
}
