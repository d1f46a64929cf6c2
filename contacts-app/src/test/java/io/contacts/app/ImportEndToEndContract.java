package io.contacts.app;

import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/** Importing a file into a client of the running service, whatever the database: a subclass says which one. */
abstract class ImportEndToEndContract extends AppOnEmptyDatabase {

    private static final String CARDS = """
            BEGIN:VCARD
            VERSION:3.0
            N:Doe;Jane;;;
            item1.EMAIL;type=INTERNET;type=pref:jane@example.com
            TEL;type=WORK:555.0100
            END:VCARD
            BEGIN:VCARD
            VERSION:2.1
            N:Roe;John
            TITLE;ENCODING=QUOTED-PRINTABLE;CHARSET=utf-8:Gesch=C3=A4ftsf=C3=BChrer
            EMAIL;INTERNET:john@example.com
            END:VCARD
            """;

    @Test
    void aDryRunWritesNothingAndACommitWritesExactlyWhatItReported() {
        ApiClient admin = app.admin();
        long client = AppOnEmptyDatabase.createClient(admin, "Importers");
        String path = "/clients/" + client + "/contacts/import";

        HttpResponse<String> dryRun = admin.upload(path + "?dry_run=true", CARDS, "text/vcard", ApiClient.XML);
        assertThat(dryRun.statusCode()).as(dryRun.body()).isEqualTo(200);
        assertThat(Xml.count(dryRun.body(), "/entries/entry[outcome='created']")).isEqualTo(2);
        assertThat(contacts(admin, client)).isZero();

        HttpResponse<String> written = admin.upload(path, CARDS, "text/vcard", ApiClient.XML);
        assertThat(written.statusCode()).as(written.body()).isEqualTo(201);
        String johnId = Xml.text(written.body(), "/entries/entry[2]/contact-id");
        assertThat(Xml.text(admin.get("/contacts/" + johnId).body(), "/contact/title")).isEqualTo("Geschäftsführer");
        assertThat(contacts(admin, client)).isEqualTo(2);

        String csv = "First Name,Last Name,E-mail Address,Job Title\r\nJohnny,Roe,JOHN@example.com,Boss\r\n";
        HttpResponse<String> updated = admin.upload(path, csv, "text/csv", ApiClient.XML);
        assertThat(updated.statusCode()).as(updated.body()).isEqualTo(201);
        assertThat(Xml.text(updated.body(), "/entries/entry[1]/outcome")).isEqualTo("updated");
        assertThat(Xml.text(updated.body(), "/entries/entry[1]/contact-id")).isEqualTo(johnId);
        assertThat(Xml.text(admin.get("/contacts/" + johnId).body(), "/contact/first-name")).isEqualTo("Johnny");
        assertThat(contacts(admin, client)).isEqualTo(2);
    }

    @Test
    void oneInvalidEntryIsRefusedWith422AndNothingIsWritten() {
        ApiClient admin = app.admin();
        long client = AppOnEmptyDatabase.createClient(admin, "Careful");
        String csv = "first_name,last_name,email\nAda,Lovelace,ada@example.com\nBad,,not an email\n";

        HttpResponse<String> refused = admin.upload("/clients/" + client + "/contacts/import", csv, "text/csv",
                ApiClient.XML);

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(Xml.text(refused.body(), "/entries/entry[2]/outcome")).isEqualTo("refused");
        assertThat(Xml.text(refused.body(), "/entries/entry[2]/messages")).contains("Last name can't be blank");
        assertThat(contacts(admin, client)).isZero();
    }

    @Test
    void theReportIsJsonWhenAskedFor() {
        ApiClient admin = app.admin();
        long client = AppOnEmptyDatabase.createClient(admin, "Json");

        HttpResponse<String> written = admin.upload("/clients/" + client + "/contacts/import", CARDS, "text/vcard",
                ApiClient.JSON);

        assertThat(written.statusCode()).isEqualTo(201);
        assertThat(written.body()).startsWith("[{\"entry\":{\"index\":0,\"outcome\":\"created\",\"contact_id\":");
        assertThat(admin.upload("/clients/" + (client + 1000) + "/contacts/import", CARDS, "text/vcard", ApiClient.XML)
                .statusCode()).isEqualTo(404);
    }

    @Test
    void aWriteThatFailsPartWayThroughTheFileLeavesEveryContactAsItWas() throws SQLException {
        ApiClient admin = app.admin();
        long client = AppOnEmptyDatabase.createClient(admin, "Part way");
        String path = "/clients/" + client + "/contacts/import";
        HttpResponse<String> ada = admin.upload(path, "first_name,last_name,email\nAda,Lovelace,ada@example.com\n",
                "text/csv", ApiClient.XML);
        String adaId = Xml.text(ada.body(), "/entries/entry[1]/contact-id");
        // A rule the database keeps and the domain does not know: the file's last entry fails inside the write.
        try (Connection sql = DriverManager.getConnection(app.config().dbUrl());
             Statement statement = sql.createStatement()) {
            statement.execute("alter table contacts add constraint no_mallory check (first_name <> 'Mallory')");
        }
        String csv = "first_name,last_name,email,title\nAda,Lovelace,ada@example.com,Countess\n"
                + "Alan,Turing,alan@example.com,\nMallory,Evil,mallory@example.com,\n";

        HttpResponse<String> failed = admin.upload(path, csv, "text/csv", ApiClient.XML);

        assertThat(failed.statusCode()).as(failed.body()).isEqualTo(500);
        assertThat(failed.body()).doesNotContain("no_mallory", "constraint", "Exception", "jooq");
        assertThat(contacts(admin, client)).as("Alan, created before Mallory failed, is gone too").isEqualTo(1);
        assertThat(Xml.text(admin.get("/contacts/" + adaId).body(), "/contact/title")).as("Ada's update undone")
                .isEmpty();
    }

    private static int contacts(ApiClient admin, long client) {
        return Xml.count(admin.get("/clients/" + client + "/contacts").body(), "/contacts/contact");
    }
}
