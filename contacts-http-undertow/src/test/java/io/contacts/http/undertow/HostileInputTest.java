package io.contacts.http.undertow;

import io.contacts.domain.model.Client;
import io.contacts.domain.testdata.TestDomain;
import io.contacts.domain.testdata.TestUser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Malformed and hostile bodies: each is refused with 400 (413 for size) and a message, nothing is stored,
 * and the server goes on serving. XML and JSON alike.
 */
class HostileInputTest {

    @RegisterExtension
    static final TestServer server = TestServer.perTestClass();
    private static final TestDomain domain = server.domain();

    private record Account(Api api, long clientId) {
    }

    private static Account account() {
        TestUser user = domain.newUser();
        Client client = Fixtures.client(domain, user);
        return new Account(server.as(user), client.id().value());
    }

    private static void assertNothingStored(Account account) {
        assertThat(XPath.count(account.api().get("/contacts").body(), "/contacts/contact")).isZero();
    }

    @Test
    void aDoctypeIsRefused() {
        Account account = account();

        Reply reply = account.api().post("/contacts", "<?xml version=\"1.0\"?><!DOCTYPE contact [<!ELEMENT contact ANY>]>"
                + Fixtures.contactXml(account.clientId(), "A", "B"));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(XPath.value(reply.body(), "/hash/message")).isEqualTo("DOCTYPE declarations are not allowed in a request body");
        assertNothingStored(account);
    }

    @Test
    void anExternalEntityIsNeverResolved(@TempDir Path dir) throws Exception {
        Account account = account();
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET");

        Reply reply = account.api().post("/contacts", "<?xml version=\"1.0\"?><!DOCTYPE contact [<!ENTITY xxe SYSTEM \""
                + secret.toUri() + "\">]><contact><client-id>" + account.clientId()
                + "</client-id><first-name>&xxe;</first-name><last-name>B</last-name></contact>");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.body()).doesNotContain("TOP-SECRET");
        assertNothingStored(account);
    }

    @Test
    void anEntityExpansionBombIsRefused() {
        Account account = account();
        StringBuilder bomb = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE contact [<!ENTITY a0 \"lol\">");
        for (int i = 1; i < 10; i++) {
            bomb.append("<!ENTITY a").append(i).append(" \"").append(("&a" + (i - 1) + ";").repeat(10)).append("\">");
        }
        bomb.append("]><contact><client-id>").append(account.clientId())
                .append("</client-id><first-name>&a9;</first-name><last-name>B</last-name></contact>");

        Reply reply = account.api().post("/contacts", bomb.toString());

        assertThat(reply.status()).isEqualTo(400);
        assertNothingStored(account);
    }

    @Test
    void anUndeclaredEntityIsMalformed() {
        Account account = account();

        Reply reply = account.api().post("/contacts", "<contact><first-name>&boom;</first-name></contact>");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(XPath.value(reply.body(), "/hash/message")).startsWith("The request body is not well-formed XML");
    }

    @Test
    void tenThousandLevelsOfNestingAreRefused() {
        Account account = account();
        String deep = "<a>".repeat(10_000) + "</a>".repeat(10_000);

        Reply xml = account.api().post("/contacts", "<contact>" + deep + "</contact>");
        Reply json = account.api().json().post("/contacts",
                "{\"contact\":{\"x\":" + "[".repeat(10_000) + "]".repeat(10_000) + "}}");

        assertThat(xml.status()).isEqualTo(400);
        assertThat(XPath.value(xml.body(), "/hash/message")).contains("deeper than");
        assertThat(json.status()).isEqualTo(400);
        assertThat(Json.at(Json.parse(json.body()), "message").toString()).contains("deeper than");
        assertNothingStored(account);
    }

    @Test
    void tooManyElementsAreRefused() {
        Account account = account();

        Reply reply = account.api().post("/contacts", "<contact>" + "<x/>".repeat(5_000) + "</contact>");
        StringBuilder members = new StringBuilder("{\"contact\":{\"title\":\"\"");
        for (int i = 0; i < 50_000; i++) {
            members.append(",\"x").append(i).append("\":0");
        }
        // Each member read is kept until the body is done: 16 such bodies at once ran a 64 MiB heap out of memory.
        Reply json = account.api().json().post("/contacts", members.append("}}").toString());

        assertThat(reply.status()).isEqualTo(400);
        assertThat(XPath.value(reply.body(), "/hash/message")).contains("more than 1000 elements");
        assertThat(json.status()).isEqualTo(400);
        assertThat(Json.at(Json.parse(json.body()), "message")).isEqualTo("The request body has more than 1000 members");
        assertNothingStored(account);
    }

    @Test
    void aVeryLongTextIsRefusedBeforeValidation() {
        Account account = account();
        String longText = "x".repeat(100_000);

        Reply xml = account.api().post("/contacts", "<contact><title>" + longText + "</title></contact>");
        Reply json = account.api().json().post("/contacts", "{\"contact\":{\"title\":\"" + longText + "\"}}");

        assertThat(xml.status()).isEqualTo(400);
        assertThat(json.status()).isEqualTo(400);
    }

    @Test
    void aBodyOverOneMebibyteIs413AndTheConnectionStaysUsable() {
        Account account = account();
        String padding = "x".repeat(2 * 1024 * 1024);

        Reply xml = account.api().post("/contacts", "<contact><title>" + padding + "</title></contact>");
        Reply json = account.api().json().post("/contacts", "{\"contact\":{\"title\":\"" + padding + "\"}}");

        assertThat(xml.status()).isEqualTo(413);
        assertThat(XPath.value(xml.body(), "/hash/message")).isEqualTo("Request body too large: at most 1048576 bytes are accepted");
        assertThat(json.status()).isEqualTo(413);
        assertThat(account.api().get("/contacts").status()).isEqualTo(200);
    }

    @Test
    void invalidUtf8IsRefused() {
        Account account = account();
        byte[] prefix = ("<contact><client-id>" + account.clientId() + "</client-id><first-name>").getBytes(StandardCharsets.UTF_8);
        byte[] suffix = "</first-name><last-name>B</last-name></contact>".getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[prefix.length + 2 + suffix.length];
        System.arraycopy(prefix, 0, body, 0, prefix.length);
        body[prefix.length] = (byte) 0xC3;
        body[prefix.length + 1] = (byte) 0x28;
        System.arraycopy(suffix, 0, body, prefix.length + 2, suffix.length);

        Reply xml = account.api().sendBytes("POST", "/contacts", body);
        Reply json = account.api().json().sendBytes("POST", "/contacts", new byte[]{'{', '"', (byte) 0xFF, '"', '}'});

        assertThat(xml.status()).isEqualTo(400);
        assertThat(XPath.value(xml.body(), "/hash/message")).isEqualTo("The request body is not valid UTF-8");
        assertThat(json.status()).isEqualTo(400);
        assertNothingStored(account);
    }

    @Test
    void bodiesThatAreNotWellFormedAreRefused() {
        Account account = account();

        assertThat(account.api().post("/contacts", "<contact><first-name>A</contact>").status()).isEqualTo(400);
        assertThat(account.api().post("/contacts", "").status()).isEqualTo(400);
        assertThat(account.api().post("/contacts", "<contact/><contact/>").status()).isEqualTo(400);
        assertThat(account.api().json().post("/contacts", "{\"contact\":{").status()).isEqualTo(400);
        assertThat(account.api().json().post("/contacts", "{\"contact\":{}} {}").status()).isEqualTo(400);
        assertThat(account.api().json().post("/contacts", "").status()).isEqualTo(400);
        assertNothingStored(account);
    }

    @Test
    void theWrongRootIsRefused() {
        Account account = account();

        Reply xml = account.api().post("/contacts", "<client><name>A</name></client>");
        Reply json = account.api().json().post("/contacts", "{\"client\":{\"name\":\"A\"}}");
        Reply array = account.api().json().post("/contacts", "[]");

        assertThat(xml.status()).isEqualTo(400);
        assertThat(XPath.value(xml.body(), "/hash/message")).isEqualTo("Expected a <contact> document");
        assertThat(json.status()).isEqualTo(400);
        assertThat(array.status()).isEqualTo(400);
    }

    @Test
    void theServerGoesOnServingAfterAllOfIt() {
        Account account = account();
        account.api().post("/contacts", "<!DOCTYPE x [<!ENTITY y \"z\">]><contact/>");

        Reply reply = account.api().post("/contacts", Fixtures.contactXml(account.clientId(), "Still", "Here"));

        assertThat(reply.status()).isEqualTo(201);
    }
}
