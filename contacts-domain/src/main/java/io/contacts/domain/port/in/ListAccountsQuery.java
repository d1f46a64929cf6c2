package io.contacts.domain.port.in;

import io.contacts.domain.model.Account;

import java.util.List;

/** Use case: every account the service hosts, in id order. */
public interface ListAccountsQuery {

    List<Account> listAccounts();
}
