package io.contacts.http.undertow.imports;

import ezvcard.VCard;
import ezvcard.io.text.VCardReader;
import ezvcard.property.FormattedName;
import ezvcard.property.StructuredName;
import ezvcard.property.Telephone;
import ezvcard.property.Title;
import ezvcard.property.VCardProperty;
import io.contacts.domain.port.in.ImportedContact;
import io.contacts.http.undertow.imports.Entry.Slot;
import io.contacts.http.undertow.web.HttpProblem;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Driving adapter: the contacts of a vCard file (2.1, 3.0 or 4.0), read with ez-vcard — N (else FN), TITLE, UID,
 * the preferred EMAIL, and TEL by type: work to the office phone, cell to the mobile, fax to the fax (an untyped
 * number, or a MAIN one, to the office when no work one is given). Every other property, photos included, is ignored.
 */
final class VcardEntries {

    /** TEL types that say where a number rings, so that a number with none of them is untyped. */
    private static final Set<String> PLACES = Set.of("work", "home", "cell", "fax", "pager", "car", "isdn", "video",
            "msg", "bbs", "modem", "textphone", "text", "iphone");
    private static final int UNRANKED = Integer.MAX_VALUE;

    private VcardEntries() {
    }

    static List<ImportedContact> read(Reader text, int maxEntries) {
        List<ImportedContact> entries = new ArrayList<>();
        try (VCardReader reader = new VCardReader(text)) {
            for (VCard card = reader.readNext(); card != null; card = reader.readNext()) {
                if (entries.size() == maxEntries) {
                    throw ContactFiles.tooMany(maxEntries);
                }
                entries.add(entry(card).toImported());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (entries.isEmpty()) {
            throw HttpProblem.badRequest("The file is not a vCard: no BEGIN:VCARD … END:VCARD found");
        }
        return entries;
    }

    private static Entry entry(VCard card) {
        Entry entry = new Entry();
        StructuredName name = card.getStructuredName();
        if (name != null) {
            entry.offer(Slot.FIRST_NAME, name.getGiven());
            entry.offer(Slot.LAST_NAME, name.getFamily());
        }
        if (name == null || name.getGiven() == null && name.getFamily() == null) {
            entry.offer(Slot.FIRST_NAME, Optional.ofNullable(card.getFormattedName())
                    .map(FormattedName::getValue).orElse(null));
        }
        entry.offer(Slot.UID, card.getUid() == null ? null : card.getUid().getValue());
        card.getTitles().stream().map(Title::getValue).forEach(title -> entry.offer(Slot.TITLE, title));
        preferred(card.getEmails()).ifPresent(email -> entry.offer(Slot.EMAIL, email.getValue()));
        List<Telephone> phones = card.getTelephoneNumbers();
        entry.offer(Slot.FAX, number(phones, types -> types.contains("fax")));
        entry.offer(Slot.PHONE_MOBILE, number(phones, types -> types.contains("cell") && !types.contains("fax")));
        entry.offer(Slot.PHONE_OFFICE, number(phones, types -> types.contains("work") && !types.contains("fax")
                && !types.contains("cell")));
        entry.offer(Slot.PHONE_OFFICE, number(phones, types -> types.stream().noneMatch(PLACES::contains)));
        return entry;
    }

    private static String number(List<Telephone> phones, Predicate<Set<String>> kind) {
        return preferred(phones.stream().filter(phone -> kind.test(types(phone))).toList())
                .map(VcardEntries::text).orElse(null);
    }

    private static String text(Telephone phone) {
        if (phone.getText() != null) {
            return phone.getText();
        }
        return phone.getUri() == null ? null : phone.getUri().getNumber();
    }

    /** The one a PREF parameter (4.0, lowest first) or TYPE=pref (2.1, 3.0) prefers; else the first. */
    private static <P extends VCardProperty> Optional<P> preferred(List<P> properties) {
        return properties.stream().min(Comparator.comparingInt(VcardEntries::rank));
    }

    private static int rank(VCardProperty property) {
        try {
            Integer pref = property.getParameters().getPref();
            if (pref != null) {
                return pref;
            }
        } catch (IllegalStateException notANumber) {
            // A PREF that is not a number prefers nothing; the TYPE may still say so.
        }
        return types(property).contains("pref") ? 0 : UNRANKED;
    }

    private static Set<String> types(VCardProperty property) {
        return property.getParameters().getTypes().stream().map(type -> type.toLowerCase(Locale.ROOT))
                .collect(Collectors.toSet());
    }
}
