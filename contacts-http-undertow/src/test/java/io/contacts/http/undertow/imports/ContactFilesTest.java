package io.contacts.http.undertow.imports;

import io.contacts.domain.model.AccountId;
import io.contacts.domain.model.ContactChanges;
import io.contacts.domain.model.ContactId;
import io.contacts.domain.model.ContactUid;
import io.contacts.domain.model.Field;
import io.contacts.domain.port.in.ContactInput;
import io.contacts.domain.port.in.ImportedContact;
import io.contacts.http.undertow.ImportLimits;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Files as address books write them, read into entries; and every kind of file that cannot be read, refused. */
class ContactFilesTest {

    private static final AccountId ACCOUNT = AccountId.of(77);

    @Test
    void readsAnAppleVcardWithGroupedEmailsAPhotoAndUnknownProperties() {
        List<ImportedContact> entries = read("text/vcard", sample("apple-3.0.vcf"));

        assertThat(entries).hasSize(2);
        assertThat(fields(entries.get(0))).containsExactly(entry("first", "Johnny"), entry("last", "Appleseed"),
                entry("email", "johnny@example.com"), entry("title", "Product Manager"),
                entry("office", "+1 (408) 555-0101"), entry("mobile", "+1 (408) 555-0100"),
                entry("fax", "+1 (408) 555-0102"));
        assertThat(fields(entries.get(1))).containsExactly(entry("first", "Renée"), entry("last", "Zoë"),
                entry("email", "renee@example.com"), entry("office", "+33 1 23 45 67 89"));
    }

    @Test
    void readsAnOutlookVcardInVersionTwoOneWithQuotedPrintable() {
        List<ImportedContact> entries = read("text/x-vcard; charset=utf-8", sample("outlook-2.1.vcf"));

        assertThat(fields(entries.get(0))).containsExactly(entry("first", "Jürgen"), entry("last", "Müller"),
                entry("email", "juergen.mueller@contoso.example"),
                entry("title", "Geschäftsführer Vertrieb und Marketing"), entry("office", "+49 30 1234567"),
                entry("mobile", "+49 170 1234567"), entry("fax", "+49 30 1234568"));
    }

    @Test
    void readsVersionFourWithPrefParametersTelUrisAndAByteOrderMarkOverLineFeeds() {
        String card = "\uFEFFBEGIN:VCARD\nVERSION:4.0\nUID:" + ContactUid.of(ACCOUNT, ContactId.of(5))
                + "\nN:Doe;Jane;;;\nFN:Jane Doe\nEMAIL;PREF=2:second@example.com\nEMAIL;PREF=1:first@exa\n"
                + " mple.com\nTEL;VALUE=uri;TYPE=\"work,voice\":tel:+1-555-555-5555\nEND:VCARD\n";

        ImportedContact entry = read("text/directory", card.getBytes(StandardCharsets.UTF_8)).get(0);

        assertThat(entry.uid()).contains("urn:uuid:00000000-004d-8000-8000-000000000005");
        assertThat(fields(entry)).containsExactly(entry("first", "Jane"), entry("last", "Doe"),
                entry("email", "first@example.com"), entry("office", "+1-555-555-5555"));
    }

    @Test
    void readsAGoogleCsvWithQuotedLineBreaksAndLabelledPhones() {
        List<ImportedContact> entries = read("text/csv", sample("google.csv"));

        assertThat(entries).hasSize(2);
        assertThat(fields(entries.get(0))).containsExactly(entry("first", "Ada"), entry("last", "Lovelace"),
                entry("email", "ada@example.com"), entry("title", "Chief Mathematician"),
                entry("office", "+44 20 7946 0000"), entry("mobile", "+44 20 7946 0001"),
                entry("fax", "+44 20 7946 0002"));
        assertThat(fields(entries.get(1))).containsExactly(entry("first", "Charles"), entry("last", "Babbage"));
    }

    @Test
    void readsAnOutlookCsvPreferringTheJobTitleToTheHonorific() {
        List<ImportedContact> entries = read("text/csv", sample("outlook.csv"));

        assertThat(entries).hasSize(1);
        assertThat(fields(entries.get(0))).containsExactly(entry("first", "Grace"), entry("last", "Hopper"),
                entry("email", "grace@navy.example"), entry("title", "Rear Admiral"),
                entry("office", "+1 202 555 0140"), entry("mobile", "+1 202 555 0141"),
                entry("fax", "+1 202 555 0142"));
    }

    @Test
    void readsTheExportsOwnColumnsInAnyCaseAndItsIdsAsUids() {
        String csv = "ID,Client_ID,client_name,FIRST_NAME,last_name,title,email,phone_office,phone_mobile,fax,"
                + "created_at,updated_at\n12,3,Acme,Jane,Doe,CEO,jane@example.com,1,2,3,2024-01-01T00:00:00Z,x\n"
                + ",3,Acme,John,Roe,,,,,,,\n";

        List<ImportedContact> entries = read("text/csv", csv.getBytes(StandardCharsets.UTF_8));

        assertThat(entries.get(0).uid()).contains(ContactUid.of(ACCOUNT, ContactId.of(12)));
        assertThat(fields(entries.get(0))).containsExactly(entry("first", "Jane"), entry("last", "Doe"),
                entry("email", "jane@example.com"), entry("title", "CEO"), entry("office", "1"),
                entry("mobile", "2"), entry("fax", "3"));
        assertThat(entries.get(1).uid()).isEmpty();
        assertThat(fields(entries.get(1))).containsExactly(entry("first", "John"), entry("last", "Roe"));
    }

    @Test
    void refusesWhatIsNotAContactFile() {
        assertRefused("application/pdf", "BEGIN:VCARD\nEND:VCARD\n", 415, "text/vcard");
        assertRefused(null, "BEGIN:VCARD\nEND:VCARD\n", 415, "text/csv");
        assertRefused("text/vcard", "", 400, "empty");
        assertRefused("text/vcard", "first_name,last_name\nJane,Doe\n", 400, "not a vCard");
        assertRefused("text/csv", "Jane,Doe,jane@example.com\nJohn,Roe,john@example.com\n", 400, "header");
        assertRefused("text/csv", "first_name,last_name\n", 400, "no contact");
        assertRefused("text/csv", "first_name,last_name\n\"Jane,Doe\n", 400, "malformed");
        assertRefused("text/csv; charset=klingon-1", "first_name\nJane\n", 415, "klingon-1");
        assertRefused("multipart/form-data; boundary=x", "--x\r\n", 415, "send the file itself as the body");
        assertRefused("application/x-www-form-urlencoded", "BEGIN:VCARD", 415, "--data-binary");
        assertRefused("application/pdf", "%PDF", 415, "send text/vcard, text/x-vcard, text/directory or text/csv");
    }

    @Test
    void readsAFileInTheCharsetItsContentTypeNames() {
        byte[] outlook = "First Name,Last Name,E-mail Address\r\nJos\u00e9,M\u00fcller \u2013 Sales,jm@example.com\r\n"
                .getBytes(Charset.forName("windows-1252"));

        List<ImportedContact> entries = read("text/csv; charset=\"windows-1252\"", outlook);

        assertThat(fields(entries.get(0))).containsExactly(entry("first", "Jos\u00e9"),
                entry("last", "M\u00fcller \u2013 Sales"), entry("email", "jm@example.com"));
        assertThat(fields(read("TEXT/CSV;Charset = Windows-1252", outlook).get(0))).as("names in any case")
                .containsEntry("first", "Jos\u00e9");
        assertThatThrownBy(() -> read("text/csv", outlook)).isInstanceOfSatisfying(UnreadableFileException.class,
                problem -> assertThat(problem.getMessage()).contains("not valid UTF-8", "charset=windows-1252"));
    }

    @Test
    void refusesBytesThatAreNotUtf8() {
        byte[] latin1 = "BEGIN:VCARD\nN:M\u00fcller;J\nEND:VCARD\n".getBytes(StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> read("text/vcard", latin1)).isInstanceOfSatisfying(UnreadableFileException.class,
                problem -> assertThat(problem.status()).isEqualTo(400));
        assertThatThrownBy(() -> read("text/csv", latin1)).isInstanceOfSatisfying(UnreadableFileException.class,
                problem -> assertThat(problem.getMessage()).contains("UTF-8"));
    }

    @Test
    void refusesBytesNotValidInTheCharsetFarIntoTheFileAsTheCharsetsFaultNotAsAMalformedFile() {
        String cards = "BEGIN:VCARD\nVERSION:3.0\nN:Doe;Jane\nEND:VCARD\n".repeat(5_000);
        String rows = "first_name,last_name\n" + "Jane,Doe\n".repeat(5_000);
        byte[] invalid = {(byte) 0xC3, (byte) 0x28};

        for (String[] file : new String[][] {{"text/vcard", cards + "BEGIN:VCARD\nN:"}, {"text/csv", rows}}) {
            byte[] bytes = concat(file[1].getBytes(StandardCharsets.UTF_8), invalid, "x\nEND:VCARD\n".getBytes(
                    StandardCharsets.UTF_8));
            assertThatThrownBy(() -> read(file[0], bytes)).as(file[0])
                    .isInstanceOfSatisfying(UnreadableFileException.class, problem -> {
                        assertThat(problem.status()).isEqualTo(400);
                        assertThat(problem.getMessage()).contains("not valid UTF-8", "charset=");
                    });
        }
    }

    @Test
    void refusesOneEntryMoreThanAnImportTakes() {
        String card = "BEGIN:VCARD\nN:D;J\nEND:VCARD\n";
        int max = ImportLimits.defaults().maxEntries();

        assertThat(read("text/vcard", card.repeat(max))).hasSize(max);
        assertThatThrownBy(() -> read("text/vcard", card.repeat(max + 1)))
                .isInstanceOfSatisfying(UnreadableFileException.class, problem -> {
                    assertThat(problem.status()).isEqualTo(413);
                    assertThat(problem.getMessage()).contains("at most 10000");
                });
        String rows = "first_name\n" + "J\n".repeat(4);
        assertThat(ContactFiles.read("text/csv", stream(rows), ACCOUNT, 4)).hasSize(4);
        assertThatThrownBy(() -> ContactFiles.read("text/csv", stream(rows + "K\n"), ACCOUNT, 4))
                .isInstanceOfSatisfying(UnreadableFileException.class, problem -> {
                    assertThat(problem.status()).isEqualTo(413);
                    assertThat(problem.getMessage()).contains("at most 4 ");
                });
    }

    @Test
    void takesAHugeLineAndBrokenFoldingAsWhatTheyAreWithoutFailing() {
        String huge = "BEGIN:VCARD\nVERSION:3.0\nN:Doe;Jane\nNOTE:" + "x".repeat(500_000) + "\nEND:VCARD\n";
        String broken = "BEGIN:VCARD\nVERSION:3.0\nN:Roe;John\nEMAIL:john@exa\nmple.com\n  \n:::\nEND:VCARD\n";

        assertThat(fields(read("text/vcard", huge).get(0))).containsExactly(entry("first", "Jane"),
                entry("last", "Doe"));
        assertThat(fields(read("text/vcard", broken).get(0))).containsEntry("email", "john@exa");
    }

    private static void assertRefused(String type, String body, int status, String message) {
        assertThatThrownBy(() -> read(type, body)).isInstanceOfSatisfying(UnreadableFileException.class, problem -> {
            assertThat(problem.status()).as(body).isEqualTo(status);
            assertThat(problem.getMessage()).as(body).contains(message);
        });
    }

    private static List<ImportedContact> read(String type, String body) {
        return read(type, body.getBytes(StandardCharsets.UTF_8));
    }

    private static List<ImportedContact> read(String type, byte[] body) {
        return ContactFiles.read(type, new ByteArrayInputStream(body), ACCOUNT, ImportLimits.defaults().maxEntries());
    }

    private static InputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            all.writeBytes(part);
        }
        return all.toByteArray();
    }

    /** The fields an entry sends, by short name, in ContactInput's order. */
    private static Map<String, String> fields(ImportedContact entry) {
        ContactInput c = entry.contact();
        assertThat(c.clientId()).isEqualTo(Field.absent());
        List<Map.Entry<String, Field<String>>> all = List.of(entry("first", c.firstName()),
                entry("last", c.lastName()), entry("email", c.email()), entry("title", c.title()),
                entry("office", c.phoneOffice()), entry("mobile", c.phoneMobile()), entry("fax", c.fax()));
        return all.stream().filter(field -> ContactChanges.present(field.getValue()).isPresent())
                .collect(Collectors.toMap(Map.Entry::getKey, field -> ContactChanges.present(field.getValue())
                        .orElseThrow(), (a, b) -> a, java.util.LinkedHashMap::new));
    }

    private static byte[] sample(String name) {
        try (InputStream in = ContactFilesTest.class.getResourceAsStream("/imports/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
