package io.contacts.domain.service;

import io.contacts.domain.port.out.Secrets;

/**
 * A password hash no password matches, checked when a login does not exist so that it costs as much as a
 * wrong password. Made on first use: a slow hash at start-up would delay every start.
 */
final class DecoyHash {

    private final Secrets secrets;
    private volatile String hash;

    DecoyHash(Secrets secrets) {
        this.secrets = secrets;
    }

    String get() {
        String made = hash;
        if (made == null) {
            // A race makes two decoys; either serves, so no lock is needed.
            made = secrets.hashPassword(secrets.newToken());
            hash = made;
        }
        return made;
    }
}
