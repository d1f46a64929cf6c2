package io.contacts.http.undertow.export;

import ezvcard.Ezvcard;
import ezvcard.VCard;
import ezvcard.VCardVersion;
import ezvcard.parameter.TelephoneType;
import io.contacts.domain.model.AccountId;
import io.contacts.domain.model.ClientId;
import io.contacts.domain.model.Contact;
import io.contacts.domain.model.ContactFields;
import io.contacts.domain.model.ContactId;
import io.contacts.domain.model.EmailAddress;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The export files, byte for byte against golden files written by hand from RFC 6350, RFC 2426 and RFC 4180, and
 * read back by ez-vcard and Commons CSV to the same values.
 */
class ExportFormatTest {

    private static final AccountId ACCOUNT = AccountId.of(7);
    private static final Map<ClientId, String> CLIENTS = Map.of(ClientId.of(3), "Acme Corp",
            ClientId.of(4), "Smith, \"Sons\" & Co; Ltd");
    private static final Instant CREATED = Instant.parse("2008-04-09T12:07:56Z");

    private static final Contact FULL = contact(1, 3, new ContactFields(ClientId.of(3), "Jane", Optional.of("Doe"),
            Optional.of(EmailAddress.of("jane@doe.com")), Optional.of("President"), Optional.of("555.555.5555"),
            Optional.of("555.555.7777"), Optional.of("555.555.9999")), CREATED, Instant.parse("2008-04-10T08:00:00Z"));
    private static final Contact BARE = contact(2, 3, new ContactFields(ClientId.of(3), "Solo", Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()),
            CREATED, CREATED.plusMillis(400));
    private static final Contact AWKWARD = contact(3, 4, new ContactFields(ClientId.of(4), "Zoë",
            Optional.of("O'Brien, Jr."), Optional.of(EmailAddress.of("zoe@example.com")),
            Optional.of("Head of \"R&D\"\nEurope"), Optional.of("+44 20 7946 0958"), Optional.empty(),
            Optional.empty()), Instant.parse("2024-01-02T03:04:05Z"), Instant.parse("2024-12-31T23:59:59Z"));
    private static final List<Contact> CONTACTS = List.of(FULL, BARE, AWKWARD);

    @Test
    void vcard4MatchesTheGoldenFile() throws IOException {
        assertThat(written(ExportFormat.VCARD_4)).isEqualTo(golden("contacts-4.0.vcf"));
    }

    @Test
    void vcard3MatchesTheGoldenFile() throws IOException {
        assertThat(written(ExportFormat.VCARD_3)).isEqualTo(golden("contacts-3.0.vcf"));
    }

    @Test
    void csvMatchesTheGoldenFile() throws IOException {
        assertThat(written(ExportFormat.CSV)).isEqualTo(golden("contacts.csv"));
    }

    @Test
    void ezVcardReadsBackEveryFieldOfBothVersions() throws IOException {
        for (ExportFormat format : List.of(ExportFormat.VCARD_4, ExportFormat.VCARD_3)) {
            List<VCard> cards = Ezvcard.parse(written(format)).all();
            assertThat(cards).hasSize(3);
            VCard full = cards.get(0);
            assertThat(full.getVersion()).isEqualTo(format == ExportFormat.VCARD_4 ? VCardVersion.V4_0
                    : VCardVersion.V3_0);
            assertThat(full.getUid().getValue()).isEqualTo("urn:uuid:00000000-0007-8000-8000-000000000001");
            assertThat(full.getStructuredName().getFamily()).isEqualTo("Doe");
            assertThat(full.getTelephoneNumbers()).extracting(tel -> tel.getTypes().get(0), tel -> tel.getText())
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(TelephoneType.WORK, "555.555.5555"),
                            org.assertj.core.groups.Tuple.tuple(TelephoneType.CELL, "555.555.7777"),
                            org.assertj.core.groups.Tuple.tuple(TelephoneType.FAX, "555.555.9999"));
            assertThat(Instant.from(full.getRevision().getValue())).isEqualTo("2008-04-10T08:00:00Z");
            VCard awkward = cards.get(2);
            assertThat(awkward.getFormattedName().getValue()).isEqualTo("Zoë O'Brien, Jr.");
            assertThat(awkward.getTitles().get(0).getValue()).isEqualTo("Head of \"R&D\"\nEurope");
            assertThat(awkward.getOrganization().getValues()).containsExactly("Smith, \"Sons\" & Co; Ltd");
            assertThat(cards.get(1).getEmails()).isEmpty();
        }
    }

    @Test
    void aLongValueIsFoldedAt75CharactersAndReadBackWhole() throws IOException {
        String title = "Directeur général adjoint, chargé des « relations » clients; " + "très ".repeat(30) + "long";
        Contact wordy = contact(4, 3, new ContactFields(ClientId.of(3), "Éloïse", Optional.of("Ng"), Optional.empty(),
                Optional.of(title), Optional.empty(), Optional.empty(), Optional.empty()), CREATED, CREATED);

        for (ExportFormat format : List.of(ExportFormat.VCARD_4, ExportFormat.VCARD_3)) {
            String file = written(format, List.of(wordy));

            List<String> lines = file.lines().toList();
            assertThat(lines).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(75));
            assertThat(lines.stream().filter(line -> line.startsWith(" "))).hasSizeGreaterThan(1);
            assertThat(file).doesNotContain("\n\n").contains("\r\n ");
            assertThat(Ezvcard.parse(file).first().getTitles().get(0).getValue()).isEqualTo(title);
        }
    }

    @Test
    void commonsCsvReadsBackTheAwkwardValues() throws IOException {
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().get()
                .parse(new StringReader(written(ExportFormat.CSV)))) {
            List<CSVRecord> records = parser.getRecords();
            assertThat(records).hasSize(3);
            CSVRecord awkward = records.get(2);
            assertThat(awkward.get("client_name")).isEqualTo("Smith, \"Sons\" & Co; Ltd");
            assertThat(awkward.get("title")).isEqualTo("Head of \"R&D\"\nEurope");
            assertThat(awkward.get("first_name")).isEqualTo("Zoë");
            assertThat(records.get(1).get("last_name")).isEmpty();
        }
    }

    @Test
    void noContactsIsAnEmptyVcardFileAndACsvHeader() throws IOException {
        assertThat(written(ExportFormat.VCARD_4, List.of())).isEmpty();
        assertThat(written(ExportFormat.CSV, List.of())).isEqualTo(golden("contacts.csv").lines().findFirst()
                .orElseThrow() + "\r\n");
    }

    @Test
    void onlyTheVersionsWrittenOutNameAVcardFormat() {
        assertThat(ExportFormat.vcard("4.0")).contains(ExportFormat.VCARD_4);
        assertThat(ExportFormat.vcard("3.0")).contains(ExportFormat.VCARD_3);
        assertThat(ExportFormat.vcard("2.1")).isEmpty();
        assertThat(ExportFormat.vcard("4")).isEmpty();
    }

    private static String written(ExportFormat format) throws IOException {
        return written(format, CONTACTS);
    }

    private static String written(ExportFormat format, List<Contact> contacts) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        format.write(contacts.iterator(), CLIENTS, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static String golden(String name) throws IOException {
        try (InputStream in = ExportFormatTest.class.getResourceAsStream("/export/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static Contact contact(long id, long client, ContactFields fields, Instant created, Instant updated) {
        return new Contact(ContactId.of(id), ACCOUNT, fields, created, updated, created.equals(updated) ? 1 : 2);
    }
}
