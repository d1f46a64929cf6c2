package io.contacts.http.undertow.v1.representation;

import io.contacts.domain.model.Account;
import io.contacts.domain.model.AccountId;
import io.contacts.domain.model.Client;
import io.contacts.domain.model.ClientFields;
import io.contacts.domain.model.ClientId;
import io.contacts.domain.model.Contact;
import io.contacts.domain.model.ContactFields;
import io.contacts.domain.model.ContactId;
import io.contacts.domain.model.EmailAddress;
import io.contacts.domain.model.Identity;
import io.contacts.domain.model.User;
import io.contacts.domain.model.UserFields;
import io.contacts.domain.model.UserId;

import java.time.Instant;
import java.util.Optional;

/** Test support: entities whose documents exercise every shape — all members, nil ones, text to escape. */
public final class WireSamples {

    public static final Instant CREATED = Instant.parse("2011-03-04T05:06:07.891Z");
    public static final Instant UPDATED = Instant.parse("2024-12-31T23:59:59Z");

    public static Contact fullContact() {
        ContactFields fields = new ContactFields(ClientId.of(42), "Ada", Optional.of("Lovelace"),
                Optional.of(EmailAddress.of("ada@example.com")), Optional.of("Countess"), Optional.of("555-0100"),
                Optional.of("555-0101"), Optional.of("555-0102"));
        return new Contact(ContactId.of(7), AccountId.of(1), fields, CREATED, UPDATED, 3);
    }

    public static Contact sparseContact() {
        ContactFields fields = new ContactFields(ClientId.of(9_007_199_254_740_993L),
                "Zoë & <Ünïcödé> \"q\" 'a'", Optional.of("Line\r\nbreak\ttab > end"), Optional.empty(),
                Optional.empty(), Optional.of("a]]>b"), Optional.empty(), Optional.empty());
        return new Contact(ContactId.of(8), AccountId.of(1), fields, CREATED, CREATED, 1);
    }

    public static Client activeClient() {
        return new Client(ClientId.of(42), AccountId.of(1), new ClientFields("Acme", true,
                Optional.of("Details & <more>\r\n\"quoted\" — 東京")), CREATED, UPDATED, 2);
    }

    public static Client inactiveClient() {
        return new Client(ClientId.of(43), AccountId.of(1), new ClientFields("Zed's <Co>", false, Optional.empty()),
                CREATED, CREATED, 1);
    }

    public static Identity identity() {
        Account account = new Account(AccountId.of(1), "Lovelace & Co <Ltd>", CREATED);
        User user = new User(UserId.of(5), AccountId.of(1),
                new UserFields(EmailAddress.of("ada@example.com"), "Ada", "Love\"lace"), UPDATED);
        return new Identity(account, user);
    }

    private WireSamples() {
    }
}
