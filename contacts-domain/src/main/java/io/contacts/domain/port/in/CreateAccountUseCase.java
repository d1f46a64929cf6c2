package io.contacts.domain.port.in;

import io.contacts.domain.model.Account;
import io.contacts.domain.model.ValidationException;

/** Use case: open a new account (a company) with no users yet. */
public interface CreateAccountUseCase {

    /** @throws ValidationException if the name is blank or too long */
    Account createAccount(String name);
}
