package io.contacts.http.undertow.imports;

import io.contacts.domain.model.Field;
import io.contacts.domain.port.in.ContactInput;
import io.contacts.domain.port.in.ImportedContact;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * Driving adapter: one contact read from a file, field by field, as either parser fills it. A value missing or
 * blank in the file is not sent, so that an import never clears what a contact has.
 */
final class Entry {

    /** What a file may say of a contact. */
    enum Slot { UID, FIRST_NAME, LAST_NAME, EMAIL, TITLE, PHONE_OFFICE, PHONE_MOBILE, FAX }

    private final Map<Slot, String> values = new EnumMap<>(Slot.class);

    /** Keeps the value unless one was kept already or it is blank: the first of several columns or cards wins. */
    void offer(Slot slot, String value) {
        if (value != null && !value.isBlank()) {
            values.putIfAbsent(slot, value);
        }
    }

    ImportedContact toImported() {
        return new ImportedContact(Optional.ofNullable(values.get(Slot.UID)), new ContactInput(Field.absent(),
                field(Slot.FIRST_NAME), field(Slot.LAST_NAME), field(Slot.EMAIL), field(Slot.TITLE),
                field(Slot.PHONE_OFFICE), field(Slot.PHONE_MOBILE), field(Slot.FAX)));
    }

    private Field<String> field(Slot slot) {
        String value = values.get(slot);
        return value == null ? Field.absent() : Field.of(value);
    }
}
