package io.contacts.bench;

import io.contacts.domain.model.AccountId;
import io.contacts.domain.model.Client;
import io.contacts.domain.model.ClientFields;
import io.contacts.domain.model.ClientId;

import java.time.Instant;
import java.util.Optional;

/** Benchmark data: a client shaped like the seeded ones of bench/seed.sql. */
final class Clients {

    private static final Instant SEEDED = Instant.parse("2011-01-01T00:00:00Z");

    private Clients() {
    }

    static Client number(long n) {
        ClientFields fields = new ClientFields("Client " + n, n % 3 != 0,
                n % 2 == 0 ? Optional.empty() : Optional.of("Account manager: person " + n % 50));
        Instant at = SEEDED.plusSeconds(n);
        return new Client(ClientId.of(n), AccountId.of(1), fields, at, at, 1);
    }
}
