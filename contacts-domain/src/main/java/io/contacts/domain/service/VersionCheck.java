package io.contacts.domain.service;

import io.contacts.domain.model.StaleVersionException;

import java.util.OptionalLong;

/** The precondition of a conditional write: the caller's expected version, when it gave one, is the current one. */
final class VersionCheck {

    private VersionCheck() {
    }

    static void require(OptionalLong expected, long current, String kind, long id) {
        if (expected.isPresent() && expected.getAsLong() != current) {
            throw new StaleVersionException(kind, id);
        }
    }
}
