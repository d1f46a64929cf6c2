package io.contacts.bench;

import io.contacts.domain.model.AccountId;
import io.contacts.domain.model.ClientId;
import io.contacts.domain.model.Contact;
import io.contacts.domain.model.ContactFields;
import io.contacts.domain.model.ContactId;
import io.contacts.domain.model.EmailAddress;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Benchmark data: contacts shaped like the seeded ones of bench/seed.sql, some optional fields absent. */
final class Contacts {

    private static final Instant SEEDED = Instant.parse("2011-01-01T00:00:00Z");

    private Contacts() {
    }

    static Contact number(long n) {
        ContactFields fields = new ContactFields(ClientId.of(1 + n % 1000), "First" + n, Optional.of("Last" + n),
                Optional.of(EmailAddress.of("contact" + n + "@example.com")),
                n % 4 == 0 ? Optional.empty() : Optional.of("Title " + n % 97),
                Optional.of(String.format("555.555.%04d", n % 10_000)),
                n % 5 == 0 ? Optional.empty() : Optional.of(String.format("555.777.%04d", n % 10_000)),
                n % 2 == 0 ? Optional.empty() : Optional.of(String.format("555.999.%04d", n % 10_000)));
        Instant at = SEEDED.plusSeconds(n);
        return new Contact(ContactId.of(n), AccountId.of(1), fields, at, at, 1);
    }

    static List<Contact> first(int count) {
        List<Contact> contacts = new ArrayList<>(count);
        for (long n = 1; n <= count; n++) {
            contacts.add(number(n));
        }
        return contacts;
    }
}
