package io.contacts.domain.port.in;

import io.contacts.domain.model.AccountId;
import io.contacts.domain.model.NotFoundException;
import io.contacts.domain.model.User;

import java.util.List;
import java.util.Optional;

/** Use case: the users of one account, or of every account, by account then id. */
public interface ListUsersQuery {

    /** @throws NotFoundException if an account is named and does not exist */
    List<User> listUsers(Optional<AccountId> account);
}
