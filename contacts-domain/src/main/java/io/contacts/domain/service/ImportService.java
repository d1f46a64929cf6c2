package io.contacts.domain.service;

import io.contacts.domain.model.AccountId;
import io.contacts.domain.model.ClientId;
import io.contacts.domain.model.Contact;
import io.contacts.domain.model.ContactChanges;
import io.contacts.domain.model.ContactFields;
import io.contacts.domain.model.ContactFilter;
import io.contacts.domain.model.ContactId;
import io.contacts.domain.model.ContactUid;
import io.contacts.domain.model.Field;
import io.contacts.domain.model.NotFoundException;
import io.contacts.domain.model.ValidationException;
import io.contacts.domain.port.in.ContactInput;
import io.contacts.domain.port.in.ImportContactsCommand;
import io.contacts.domain.port.in.ImportContactsUseCase;
import io.contacts.domain.port.in.ImportReport;
import io.contacts.domain.port.in.ImportedContact;
import io.contacts.domain.port.in.ImportedEntry;
import io.contacts.domain.port.in.ImportedEntry.Outcome;
import io.contacts.domain.port.in.LastNameRule;
import io.contacts.domain.port.out.Clients;
import io.contacts.domain.port.out.Contacts;
import io.contacts.domain.port.out.Transactions;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Use case: import a file's contacts into a client, all or nothing — every entry validated first, then every write
 * in one transaction, or none.
 */
final class ImportService implements ImportContactsUseCase {

    private final Contacts contacts;
    private final Clients clients;
    private final Transactions transactions;
    private final Timestamps time;
    private final ContactValidator validator;

    ImportService(Contacts contacts, Clients clients, Transactions transactions, Clock clock) {
        this.contacts = contacts;
        this.clients = clients;
        this.transactions = transactions;
        this.time = new Timestamps(clock);
        this.validator = new ContactValidator(clients);
    }

    @Override
    public ImportReport importContacts(ImportContactsCommand command) {
        AccountId account = command.account();
        ClientId client = command.client();
        clients.find(account, client).orElseThrow(() -> NotFoundException.client(client));
        Matches matches = matches(account, client);
        List<Plan> plans = new ArrayList<>();
        Map<String, Integer> firsts = new HashMap<>();
        for (int index = 0; index < command.entries().size(); index++) {
            ImportedContact entry = command.entries().get(index);
            plans.add(once(plan(account, client, index, entry, matches), entry, firsts));
        }
        boolean refused = plans.stream().anyMatch(plan -> plan.outcome() == Outcome.REFUSED);
        if (refused || command.dryRun()) {
            return new ImportReport(false, plans.stream().map(Plan::report).toList());
        }
        List<ImportedEntry> written = transactions.inTransaction(() -> write(account, plans));
        return new ImportReport(true, written);
    }

    /** The client's stored contacts by id and by lower-cased e-mail (the first of several with one address). */
    private Matches matches(AccountId account, ClientId client) {
        Matches matches = new Matches(new HashSet<>(), new HashMap<>());
        try (Stream<Contact> stored = contacts.list(account, ContactFilter.ofClient(client))) {
            stored.forEach(contact -> {
                matches.ids().add(contact.id());
                contact.fields().email().ifPresent(email ->
                        matches.emails().putIfAbsent(emailKey(email.value()), contact.id()));
            });
        }
        return matches;
    }

    private Plan plan(AccountId account, ClientId client, int index, ImportedContact entry, Matches matches) {
        Optional<ContactId> match = match(account, entry, matches);
        try {
            if (match.isPresent()) {
                ContactInput input = withClient(entry.contact(), Field.absent());
                ContactChanges changes = validator.forUpdate(account, input, LastNameRule.REQUIRED);
                return new Plan(index, Outcome.UPDATED, match, null, changes, List.of());
            }
            ContactInput input = withClient(entry.contact(), Field.of(client.value()));
            ContactFields fields = validator.forCreate(account, input, LastNameRule.REQUIRED, true);
            return new Plan(index, Outcome.CREATED, Optional.empty(), fields, null, List.of());
        } catch (ValidationException invalid) {
            return new Plan(index, Outcome.REFUSED, match, null, null, invalid.messages());
        }
    }

    /**
     * Refuses an entry that is the same contact as an earlier one in the file — the same stored contact, or a new one
     * with the same e-mail — since applying both would keep only the later and say both were written.
     */
    private static Plan once(Plan plan, ImportedContact entry, Map<String, Integer> firsts) {
        if (plan.outcome() == Outcome.REFUSED) {
            return plan;
        }
        Optional<String> key = plan.match().map(id -> "contact " + id.value())
                .or(() -> emailKey(entry).map(email -> "email " + email));
        if (key.isEmpty()) {
            return plan;
        }
        Integer first = firsts.putIfAbsent(key.get(), plan.index());
        if (first == null) {
            return plan;
        }
        return new Plan(plan.index(), Outcome.REFUSED, plan.match(), null, null,
                List.of("Entry " + first + " is the same contact; a file may hold each contact once"));
    }

    /** By UID within this client first, then by e-mail within this client; empty for a new contact. */
    private static Optional<ContactId> match(AccountId account, ImportedContact entry, Matches matches) {
        Optional<ContactId> byUid = entry.uid().flatMap(uid -> ContactUid.contactIn(account, uid))
                .filter(matches.ids()::contains);
        if (byUid.isPresent()) {
            return byUid;
        }
        return emailKey(entry).map(matches.emails()::get);
    }

    /** An entry's e-mail as it is matched: without surrounding spaces, ignoring case. */
    private static Optional<String> emailKey(ImportedContact entry) {
        return ContactChanges.present(entry.contact().email()).map(ImportService::emailKey);
    }

    private static String emailKey(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    private List<ImportedEntry> write(AccountId account, List<Plan> plans) {
        Instant now = time.now();
        List<ImportedEntry> written = new ArrayList<>();
        for (Plan plan : plans) {
            ContactId id;
            if (plan.outcome() == Outcome.CREATED) {
                id = contacts.add(account, plan.fields(), now).id();
            } else {
                id = plan.match().orElseThrow();
                contacts.update(account, id, plan.changes(), OptionalLong.empty(), now)
                        .orElseThrow(() -> NotFoundException.contact(plan.match().orElseThrow()));
            }
            written.add(new ImportedEntry(plan.index(), plan.outcome(), Optional.of(id), List.of()));
        }
        return written;
    }

    private static ContactInput withClient(ContactInput input, Field<Long> client) {
        return new ContactInput(client, input.firstName(), input.lastName(), input.email(), input.title(),
                input.phoneOffice(), input.phoneMobile(), input.fax());
    }

    /** The client's contacts an entry may match. */
    private record Matches(Set<ContactId> ids, Map<String, ContactId> emails) {
    }

    /** What to do with one entry: its fields for a create, its changes for an update, or why it is refused. */
    private record Plan(int index, Outcome outcome, Optional<ContactId> match, ContactFields fields,
                        ContactChanges changes, List<String> messages) {

        ImportedEntry report() {
            Optional<ContactId> id = outcome == Outcome.UPDATED ? match : Optional.empty();
            return new ImportedEntry(index, outcome, id, messages);
        }
    }
}
