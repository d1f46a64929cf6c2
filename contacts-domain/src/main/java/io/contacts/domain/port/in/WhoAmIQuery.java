package io.contacts.domain.port.in;

import io.contacts.domain.model.Caller;
import io.contacts.domain.model.Identity;

/** Use case: tell a signed-in caller who it is and which company it works in. */
public interface WhoAmIQuery {

    Identity whoAmI(Caller caller);
}
