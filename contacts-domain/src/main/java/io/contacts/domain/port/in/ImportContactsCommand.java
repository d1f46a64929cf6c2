package io.contacts.domain.port.in;

import io.contacts.domain.model.AccountId;
import io.contacts.domain.model.ClientId;

import java.util.List;
import java.util.Objects;

/** Command: import parsed entries into one of the account's clients, or with {@code dryRun} only report on them. */
public record ImportContactsCommand(AccountId account, ClientId client, List<ImportedContact> entries,
                                    boolean dryRun) {

    public ImportContactsCommand {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(client, "client");
        entries = List.copyOf(entries);
    }
}
