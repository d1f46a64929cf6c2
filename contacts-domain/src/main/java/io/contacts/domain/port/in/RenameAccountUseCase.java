package io.contacts.domain.port.in;

import io.contacts.domain.model.Account;
import io.contacts.domain.model.AccountId;
import io.contacts.domain.model.NotFoundException;
import io.contacts.domain.model.ValidationException;

/** Use case: give an account (a company) a new name. */
public interface RenameAccountUseCase {

    /**
     * @throws ValidationException if the name is blank or too long
     * @throws NotFoundException if the account does not exist
     */
    Account renameAccount(AccountId id, String name);
}
