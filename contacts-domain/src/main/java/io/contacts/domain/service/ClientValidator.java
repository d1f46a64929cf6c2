package io.contacts.domain.service;

import io.contacts.domain.model.AccountId;
import io.contacts.domain.model.Client;
import io.contacts.domain.model.ClientFields;
import io.contacts.domain.model.Field;
import io.contacts.domain.port.in.ClientInput;
import io.contacts.domain.port.out.Clients;

import java.util.Optional;

/** Turns what a caller sent into valid client fields, or a {@code ValidationException} listing every problem. */
final class ClientValidator {

    static final String NAME_TAKEN = "Name has already been taken";

    private final Clients clients;

    ClientValidator(Clients clients) {
        this.clients = clients;
    }

    ClientFields forCreate(AccountId account, ClientInput input) {
        return validate(account, input, Optional.empty());
    }

    ClientFields forUpdate(ClientInput changes, Client current) {
        return validate(current.accountId(), changes, Optional.of(current));
    }

    private ClientFields validate(AccountId account, ClientInput input, Optional<Client> current) {
        Problems problems = new Problems();
        Optional<String> name = problems.requiredText("Name", input.name(), current.map(Client::name));
        if (name.filter(candidate -> isTakenByAnother(account, candidate, current)).isPresent()) {
            problems.add(NAME_TAKEN);
        }
        Optional<String> details = problems.optionalText("Details", input.details(),
                current.flatMap(client -> client.fields().details()));
        problems.throwIfAny();
        return new ClientFields(name.orElseThrow(), active(input.active(), current), details);
    }

    /** Only a value changes the flag: absent or blank keep it (a new client is active). */
    private static boolean active(Field<Boolean> field, Optional<Client> current) {
        if (field instanceof Field.Present<Boolean> present) {
            return present.value();
        }
        return current.map(Client::active).orElse(true);
    }

    private boolean isTakenByAnother(AccountId account, String name, Optional<Client> current) {
        return clients.findByName(account, name)
                .filter(holder -> current.map(self -> !self.id().equals(holder.id())).orElse(true))
                .isPresent();
    }
}
