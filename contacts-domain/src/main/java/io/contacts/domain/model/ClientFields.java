package io.contacts.domain.model;

import java.util.Optional;

/** Value: what a caller can set on a client; the name is present and every text is valid. */
public record ClientFields(String name, boolean active, Optional<String> details) {

    public ClientFields {
        TextRules.require("Name", name);
        TextRules.requireOptional("Details", details);
    }
}
