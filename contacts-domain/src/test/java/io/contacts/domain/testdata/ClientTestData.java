package io.contacts.domain.testdata;

import io.contacts.domain.model.ClientFields;
import io.contacts.domain.model.Field;
import io.contacts.domain.port.in.ClientInput;

import java.util.Optional;

/** Test-data builder for clients; by default an active client with a name no other test uses. */
public final class ClientTestData {

    private String name = Unique.name("Client");
    private String details = "1 Main Street, Springfield";
    private Boolean active = true;

    private ClientTestData() {
    }

    public static ClientTestData aClient() {
        return new ClientTestData();
    }

    public ClientTestData named(String value) {
        this.name = value;
        return this;
    }

    public ClientTestData withDetails(String value) {
        this.details = value;
        return this;
    }

    public ClientTestData active(Boolean value) {
        this.active = value;
        return this;
    }

    /** Valid fields as a store keeps them. */
    public ClientFields build() {
        return new ClientFields(name, active == null || active, Optional.ofNullable(details));
    }

    /** What a caller would send: every non-null value present, the others absent. Nothing is validated. */
    public ClientInput toInput() {
        return new ClientInput(Field.ofNullable(name), Field.ofNullable(details), Field.ofNullable(active));
    }
}
