package io.contacts.domain.model;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Value rule: the stable identifier a contact carries in an exported vCard ({@code UID}) and that an import reads
 * back — {@code urn:uuid:} and a version 8 UUID made of the ids: the account id's high bits (8 hex digits), its low
 * 16 bits (4), {@code 8000-8000}, then the contact id (12). Made of the ids rather than random, so that no column
 * keeps it and an import can tell, without a query, whether a card names a contact of this account.
 */
public final class ContactUid {

    private static final String PREFIX = "urn:uuid:";
    private static final long MAX_ID = (1L << 48) - 1;
    private static final Pattern FORMAT = Pattern.compile(
            "urn:uuid:([0-9a-f]{8})-([0-9a-f]{4})-8000-8000-([0-9a-f]{12})");

    private ContactUid() {
    }

    /**
     * @throws IllegalArgumentException for an id past 48 bits, which the format cannot hold
     */
    public static String of(AccountId account, ContactId contact) {
        if (account.value() > MAX_ID || contact.value() > MAX_ID) {
            throw new IllegalArgumentException("ids past 48 bits have no contact UID");
        }
        return String.format(Locale.ROOT, PREFIX + "%08x-%04x-8000-8000-%012x",
                account.value() >>> 16, account.value() & 0xFFFF, contact.value());
    }

    /** The contact a UID names, when it is of this format (in either case) and names this account; else empty. */
    public static Optional<ContactId> contactIn(AccountId account, String uid) {
        if (uid == null) {
            return Optional.empty();
        }
        Matcher matcher = FORMAT.matcher(uid.strip().toLowerCase(Locale.ROOT));
        if (!matcher.matches()) {
            return Optional.empty();
        }
        long accountId = Long.parseLong(matcher.group(1), 16) << 16 | Long.parseLong(matcher.group(2), 16);
        long contactId = Long.parseLong(matcher.group(3), 16);
        if (accountId != account.value() || contactId < 1) {
            return Optional.empty();
        }
        return Optional.of(ContactId.of(contactId));
    }
}
