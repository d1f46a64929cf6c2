package io.contacts.http.undertow;

import io.contacts.domain.model.Client;
import io.contacts.domain.model.Contact;
import io.contacts.domain.model.Field;
import io.contacts.domain.port.in.ContactInput;
import io.contacts.domain.port.in.LastNameRule;
import io.contacts.domain.port.in.UpdateContactCommand;
import io.contacts.domain.testdata.MutableClock;
import io.contacts.domain.testdata.TestDomain;
import io.contacts.domain.testdata.TestUser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.util.OptionalLong;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code updated_since} in every form the contract lists. The fixture: an old contact (2010-09-25 18:00 UTC)
 * and a recent one (changed at 18:30 UTC exactly); every form naming 18:30 UTC must list the recent one only.
 * Ruby's and PHP's forms get a fixture of their own: a contact changed at the instant named, one a second before.
 */
class UpdatedSinceTest {

    private static TestServer server;
    private static TestUser user;
    private static Client client;
    private static Contact recent;

    @BeforeAll
    static void start() {
        server = TestServer.start();
        TestDomain domain = server.domain();
        MutableClock clock = domain.clock();
        user = domain.newUser();
        clock.set(Instant.parse("2010-09-25T18:00:00Z"));
        client = Fixtures.client(domain, user);
        Fixtures.contact(domain, user, client.id());
        recent = Fixtures.contact(domain, user, client.id());
        clock.set(Instant.parse("2010-09-25T18:30:00Z"));
        ContactInput retitle = new ContactInput(Field.absent(), Field.absent(), Field.absent(), Field.absent(),
                Field.of("Changed"), Field.absent(), Field.absent(), Field.absent());
        domain.useCases().updateContact().updateContact(
                new UpdateContactCommand(user.account(), recent.id(), retitle, OptionalLong.empty(),
                        LastNameRule.REQUIRED));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2010-09-25+18%3A30", "2010-09-25%2018:30", "2010-09-25+18:30:00", "2010-09-25T18:30:00",
            "2010-09-25T18:30", "2010-09-25T18:30:00Z", "2010-09-25+18:30+UTC", "2010-09-25T20:30:00%2B02:00",
            "2010-09-25T20:30:00+02:00", "2010-09-25T16:30-02:00", "2010-09-25T18:30:00.000Z"})
    void everyFormOfTheSameInstantListsOnlyWhatChangedSince(String since) {
        Reply all = server.as(user).get("/contacts?updated_since=" + since);
        Reply ofClient = server.as(user).json().get("/clients/" + client.id().value() + "/contacts?updated_since=" + since);

        assertThat(all.status()).isEqualTo(200);
        assertThat(XPath.count(all.body(), "/contacts/contact")).isEqualTo(1);
        assertThat(XPath.value(all.body(), "/contacts/contact/id")).isEqualTo(Long.toString(recent.id().value()));
        assertThat(Json.at(Json.parse(ofClient.body()), 0, "contact", "id")).isEqualTo(recent.id().value());
        assertThat(((java.util.List<?>) Json.parse(ofClient.body()))).hasSize(1);
    }

    /**
     * Ruby's {@code Time#to_s} and PHP's {@code Y-m-d G:i} as clients send them: encoded, or with the offset's
     * {@code +} left unencoded, so that it arrives as a space.
     */
    @ParameterizedTest(name = "{0} means {1}")
    @CsvSource(delimiter = '|', value = {
        "2026-12-01+21%3A23%3A47+%2B0100       | 2026-12-01T20:23:47Z",
        "2026-12-01%2021:23:47%20%2B01:00      | 2026-12-01T20:23:47Z",
        "2026-12-01+20:23:47+%2B0000           | 2026-12-01T20:23:47Z",
        "2026-12-01%2021:23:47%20+0100         | 2026-12-01T20:23:47Z",
        "2026-12-01+21:23:47+0100              | 2026-12-01T20:23:47Z",
        "2026-12-01T20:23:47%20-05:00          | 2026-12-02T01:23:47Z",
        "2026-12-01T20:23:47+-05:00            | 2026-12-02T01:23:47Z",
        "2010-09-25+8:30                       | 2010-09-25T08:30:00Z",
        "2010-09-25T8:30                       | 2010-09-25T08:30:00Z",
        "2010-09-25+8:30:00+%2B02:00           | 2010-09-25T06:30:00Z"})
    void theFormsRubyAndPhpWriteMeanTheInstantTheyName(String since, Instant meant) {
        TestUser someone = server.domain().newUser();
        Client own = Fixtures.client(server.domain(), someone);
        server.domain().clock().set(meant.minusSeconds(1));
        Fixtures.contact(server.domain(), someone, own.id());
        server.domain().clock().set(meant);
        Contact changedThen = Fixtures.contact(server.domain(), someone, own.id());

        Reply xml = server.as(someone).get("/contacts?updated_since=" + since);
        Reply json = server.as(someone).json().get("/contacts?updated_since=" + since);

        assertThat(xml.status()).isEqualTo(200);
        assertThat(XPath.count(xml.body(), "/contacts/contact")).isEqualTo(1);
        assertThat(XPath.value(xml.body(), "/contacts/contact/id")).isEqualTo(Long.toString(changedThen.id().value()));
        assertThat(Json.at(Json.parse(json.body()), 0, "contact", "id")).isEqualTo(changedThen.id().value());
        assertThat(((java.util.List<?>) Json.parse(json.body()))).hasSize(1);
    }

    @Test
    void aBareDateMeansMidnightUtc() {
        Reply reply = server.as(user).get("/contacts?updated_since=2010-09-25");

        assertThat(XPath.count(reply.body(), "/contacts/contact")).isEqualTo(2);
    }

    @Test
    void aLaterTimeListsNothing() {
        Reply reply = server.as(user).get("/contacts?updated_since=2010-09-25+18%3A31");

        assertThat(XPath.count(reply.body(), "/contacts/contact")).isZero();
    }

    @Test
    void anEmptyValueIsNoFilter() {
        Reply reply = server.as(user).get("/contacts?updated_since=");

        assertThat(XPath.count(reply.body(), "/contacts/contact")).isEqualTo(2);
    }

    @Test
    void clientsFilterTheSameWay() {
        Reply reply = server.as(user).get("/clients?updated_since=2010-09-25+18%3A31");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(XPath.count(reply.body(), "/clients/client")).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"yesterday", "2010-13-01", "2010-09-25+25:00", "25/09/2010", "2010-09-25T18", "1285439400",
            "2010-09-25+18:30+CEST", "2010-02-30+8:30", "2010-09-25+123:30", "2010-09-25T8", "2010-09-25++18:30",
            "2026-12-01+21:23:47+++0100", "2026-12-01+21:23:47+%2B99:00", "2026-12-01+21:23:47+%2B1"})
    void anUnreadableValueIs400NamingTheAcceptedForms(String since) {
        Reply xml = server.as(user).get("/contacts?updated_since=" + since);
        Reply json = server.as(user).json().get("/clients?updated_since=" + since);

        assertThat(xml.status()).isEqualTo(400);
        assertThat(XPath.value(xml.body(), "/hash/message")).contains("YYYY-MM-DD HH:MM", "YYYY-MM-DDTHH:MM:SS", "UTC",
                "+HHMM", "one digit");
        assertThat(json.status()).isEqualTo(400);
    }
}
