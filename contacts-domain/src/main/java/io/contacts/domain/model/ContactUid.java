package io.contacts.domain.model;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Value rule: the stable UID an exported contact carries ({@code urn:uuid:} and a version 8 UUID holding 48 bits of
 * the account id and 48 of the contact id), so that an import can tell its own contacts back from foreign cards.
 */
public final class ContactUid {

    /** Ids above this do not fit the UUID's 48-bit fields. */
    public static final long MAX_ID = (1L << 48) - 1;

    private static final String PREFIX = "urn:uuid:";
    private static final long VERSION_8 = 0x8000L;
    private static final long VARIANT = 0x8000L << 48;
    // Version 8 ("8000") and the RFC 9562 variant ("8000") make the middle groups fixed: a UUID that differs
    // there was not made here.
    private static final Pattern FORMAT =
            Pattern.compile("urn:uuid:([0-9a-f]{8})-([0-9a-f]{4})-8000-8000-([0-9a-f]{12})");

    private ContactUid() {
    }

    /** The UID of a contact of an account, e.g. {@code urn:uuid:00000000-0007-8000-8000-00000000002a}. */
    public static String of(AccountId account, ContactId contact) {
        requireFits(account.value(), "AccountId");
        requireFits(contact.value(), "ContactId");
        // The account's 48 bits, then version 8 with 12 bits of zeros; the variant with 14, then the contact's 48.
        return PREFIX + new UUID(account.value() << 16 | VERSION_8, VARIANT | contact.value());
    }

    /** The contact a UID names, when it is in this format (any case) and names this account; empty otherwise. */
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
        if (accountId != account.value() || contactId <= 0) {
            return Optional.empty();
        }
        return Optional.of(ContactId.of(contactId));
    }

    private static void requireFits(long id, String what) {
        if (id > MAX_ID) {
            throw new IllegalArgumentException(what + " " + id + " does not fit a contact UID (48 bits)");
        }
    }
}
