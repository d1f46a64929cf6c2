package io.contacts.domain.service;

import io.contacts.domain.model.ClientId;
import io.contacts.domain.model.Contact;
import io.contacts.domain.model.ContactFilter;
import io.contacts.domain.model.ContactId;
import io.contacts.domain.model.ContactUid;
import io.contacts.domain.model.Field;
import io.contacts.domain.model.NotFoundException;
import io.contacts.domain.port.in.ContactInput;
import io.contacts.domain.port.in.ImportContactsCommand;
import io.contacts.domain.port.in.ImportReport;
import io.contacts.domain.port.in.ImportedContact;
import io.contacts.domain.port.in.ImportedEntry;
import io.contacts.domain.port.in.ImportedEntry.Outcome;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static io.contacts.domain.testdata.ContactTestData.aContact;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The import use case on the in-memory store: matching, all or nothing, and the dry run. */
class ImportContactsTest extends ContactUseCasesFixture {

    @Test
    void createsNewContactsAndUpdatesTheOnesMatchedByUidOrEmail() {
        Contact byUid = create(aContact().forClient(client).withEmail("old@example.com").toInput());
        Contact byEmail = create(aContact().forClient(client).withEmail("Ann@Example.com").toInput());

        ImportReport report = run(false,
                entry(ContactUid.of(account, byUid.id()), aContact().withFirstName("Uid").toInput()),
                entry(null, aContact().withFirstName("Mail").withEmail("ann@example.COM").toInput()),
                entry(null, aContact().withFirstName("New").withEmail("new@example.com").toInput()));

        assertThat(report.written()).isTrue();
        assertThat(report.entries()).extracting(ImportedEntry::outcome)
                .containsExactly(Outcome.UPDATED, Outcome.UPDATED, Outcome.CREATED);
        assertThat(report.entries().get(0).id()).contains(byUid.id());
        assertThat(report.entries().get(1).id()).contains(byEmail.id());
        ContactId created = report.entries().get(2).id().orElseThrow();
        assertThat(useCases.getContact().getContact(account, byUid.id()).fields().firstName()).isEqualTo("Uid");
        assertThat(useCases.getContact().getContact(account, byEmail.id()).fields().firstName()).isEqualTo("Mail");
        assertThat(useCases.getContact().getContact(account, created).fields().clientId()).isEqualTo(client);
        assertThat(all()).hasSize(3);
    }

    @Test
    void oneInvalidEntryRefusesTheWholeFileWithEveryEntrysFate() {
        Contact stored = create(aContact().forClient(client).withEmail("kept@example.com").toInput());

        ImportReport report = run(false,
                entry(null, aContact().withFirstName("Changed").withEmail("kept@example.com").toInput()),
                entry(null, aContact().withFirstName("").withLastName("").withEmail("not an email").toInput()),
                entry(null, aContact().toInput()));

        assertThat(report.written()).isFalse();
        assertThat(report.refused()).isTrue();
        assertThat(report.entries()).extracting(ImportedEntry::outcome)
                .containsExactly(Outcome.UPDATED, Outcome.REFUSED, Outcome.CREATED);
        assertThat(report.entries().get(1).messages())
                .containsExactly("First name can't be blank", "Last name can't be blank", "Email is invalid");
        assertThat(all()).containsExactly(stored);
    }

    @Test
    void twoEntriesForOneContactRefuseTheFileRatherThanKeepOnlyTheLater() {
        Contact stored = create(aContact().forClient(client).withEmail("kept@example.com").toInput());

        ImportReport report = run(false,
                entry(ContactUid.of(account, stored.id()), aContact().withFirstName("ByUid").toInput()),
                entry(null, aContact().withFirstName("ByEmail").withEmail("KEPT@example.com").toInput()),
                entry(null, aContact().withFirstName("New").withEmail("new@example.com").toInput()),
                entry(null, aContact().withFirstName("Again").withEmail("New@Example.com ").toInput()));

        assertThat(report.written()).isFalse();
        assertThat(report.entries()).extracting(ImportedEntry::outcome)
                .containsExactly(Outcome.UPDATED, Outcome.REFUSED, Outcome.CREATED, Outcome.REFUSED);
        assertThat(report.entries().get(1).messages())
                .containsExactly("Entry 0 is the same contact; a file may hold each contact once");
        assertThat(report.entries().get(3).messages())
                .containsExactly("Entry 2 is the same contact; a file may hold each contact once");
        assertThat(all()).containsExactly(stored);
    }

    @Test
    void aDryRunReportsTheSameAndWritesNothing() {
        Contact stored = create(aContact().forClient(client).withEmail("kept@example.com").toInput());

        ImportReport report = run(true,
                entry(null, aContact().withFirstName("Changed").withEmail("KEPT@example.com").toInput()),
                entry(null, aContact().toInput()));

        assertThat(report.written()).isFalse();
        assertThat(report.refused()).isFalse();
        assertThat(report.entries()).extracting(ImportedEntry::outcome)
                .containsExactly(Outcome.UPDATED, Outcome.CREATED);
        assertThat(report.entries()).extracting(ImportedEntry::id)
                .containsExactly(Optional.of(stored.id()), Optional.empty());
        assertThat(all()).containsExactly(stored);
    }

    @Test
    void aUidOfAnotherClientOrAccountCreatesRatherThanMovesOrLeaks() {
        ClientId other = newClient(account);
        Contact elsewhere = create(aContact().forClient(other).withEmail("same@example.com").toInput());
        Contact foreign = create(aContact().forClient(client).toInput());
        String foreignUid = ContactUid.of(domain.newUser().account(), foreign.id());

        ImportReport report = run(false,
                entry(ContactUid.of(account, elsewhere.id()), aContact().withEmail("same@example.com").toInput()),
                entry(foreignUid, aContact().withEmail("other@example.com").toInput()));

        assertThat(report.entries()).extracting(ImportedEntry::outcome)
                .containsExactly(Outcome.CREATED, Outcome.CREATED);
        assertThat(list(ContactFilter.ofClient(other))).containsExactly(elsewhere);
        assertThat(list(ContactFilter.ofClient(client))).hasSize(3);
    }

    @Test
    void anUpdateKeepsWhatTheEntryDoesNotSayAndStillNeedsALastName() {
        Contact stored = create(aContact().forClient(client).withEmail("k@example.com").withTitle("CEO").toInput());
        ContactInput sparse = new ContactInput(Field.absent(),
                Field.of("Kay"), Field.absent(),
                Field.of("k@example.com"), Field.absent(),
                Field.absent(), Field.absent(),
                Field.absent());

        run(false, entry(null, sparse));

        Contact updated = useCases.getContact().getContact(account, stored.id());
        assertThat(updated.fields().firstName()).isEqualTo("Kay");
        assertThat(updated.fields().title()).contains("CEO");
        assertThat(updated.fields().lastName()).isEqualTo(stored.fields().lastName());
    }

    @Test
    void aClientNotOfTheAccountIsNotFound() {
        ClientId foreign = newClient(domain.newUser().account());

        assertThatThrownBy(() -> useCases.importContacts().importContacts(new ImportContactsCommand(account,
                foreign, List.of(entry(null, aContact().toInput())), false)))
                .isInstanceOf(NotFoundException.class);
        assertThat(all()).isEmpty();
    }

    private ImportReport run(boolean dryRun, ImportedContact... entries) {
        return useCases.importContacts().importContacts(
                new ImportContactsCommand(account, client, List.of(entries), dryRun));
    }

    private static ImportedContact entry(String uid, ContactInput input) {
        return new ImportedContact(Optional.ofNullable(uid), input);
    }
}
