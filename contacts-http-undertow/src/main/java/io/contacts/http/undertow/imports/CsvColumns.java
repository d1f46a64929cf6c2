package io.contacts.http.undertow.imports;

import io.contacts.http.undertow.imports.Entry.Slot;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Driving adapter: which CSV columns say what, by header name, ignoring case — this service's export
 * ({@code first_name}, {@code phone_office}…), Google Contacts ({@code First Name}, {@code E-mail 1 - Value},
 * {@code Phone 1 - Value} with its {@code Phone 1 - Label} or {@code - Type}…) and Outlook ({@code E-mail Address},
 * {@code Business Phone}…). Of the columns of one field, the first with a value in the order listed here wins
 * (Google's phones last, leftmost first); other columns are ignored.
 */
final class CsvColumns {

    private static final Map<String, Slot> NAMED = new HashMap<>();
    /** A header's rank among those of its field: Outlook's "Title" (Mr., Dr.) only when no "Job Title" is given. */
    private static final Map<String, Integer> RANKS = new HashMap<>();
    private static final int PHONE_RANK = 99;
    private static final Pattern GOOGLE_PHONE = Pattern.compile("phone (\\d+) - (value|type|label)");

    static {
        names(Slot.FIRST_NAME, "first_name", "first name", "given name");
        names(Slot.LAST_NAME, "last_name", "last name", "family name");
        names(Slot.TITLE, "job title", "organization title", "organization 1 - title", "title");
        names(Slot.EMAIL, "email", "e-mail address", "email address", "e-mail 1 - value", "e-mail 2 - value",
                "e-mail 2 address");
        names(Slot.PHONE_OFFICE, "phone_office", "business phone", "business phone 2");
        names(Slot.PHONE_MOBILE, "phone_mobile", "mobile phone");
        names(Slot.FAX, "fax", "business fax");
        names(Slot.UID, "uid");
    }

    private final List<Filler> fillers = new ArrayList<>();
    private int idColumn = -1;
    private boolean named;

    private CsvColumns(List<String> headers) {
        Map<String, int[]> phones = new HashMap<>();
        for (int column = 0; column < headers.size(); column++) {
            String header = headers.get(column) == null ? "" : headers.get(column).strip().toLowerCase(Locale.ROOT);
            Slot slot = NAMED.get(header);
            Matcher phone = GOOGLE_PHONE.matcher(header);
            if (slot != null) {
                fillers.add(new Filler(column, -1, slot, RANKS.get(header)));
                named |= slot == Slot.FIRST_NAME;
            } else if (header.equals("id")) {
                idColumn = column;
            } else if (phone.matches()) {
                int[] pair = phones.computeIfAbsent(phone.group(1), n -> new int[] {-1, -1});
                pair[phone.group(2).equals("value") ? 0 : 1] = column;
            }
        }
        phones.values().stream().filter(pair -> pair[0] >= 0)
                .forEach(pair -> fillers.add(new Filler(pair[0], pair[1], null, PHONE_RANK)));
        fillers.sort(Comparator.comparingInt(Filler::rank).thenComparingInt(Filler::column));
    }

    static CsvColumns of(List<String> headers) {
        return new CsvColumns(headers);
    }

    /** Whether the header names a first-name column, without which no row can make a contact. */
    boolean usable() {
        return named;
    }

    /** The column of this service's contact ids, or -1. */
    int idColumn() {
        return idColumn;
    }

    /** Fills the entry from one row's cells, given by column. */
    void fill(Entry entry, List<String> cells) {
        fillers.forEach(filler -> filler.fill(entry, cells));
    }

    /** A cell's text, stripped; {@code null} past the row's end. */
    static String cell(List<String> cells, int column) {
        if (column < 0 || column >= cells.size()) {
            return null;
        }
        String value = cells.get(column).strip();
        // Google Contacts puts several values of one kind in one cell, separated by " ::: ".
        int more = value.indexOf(":::");
        return more < 0 ? value : value.substring(0, more).strip();
    }

    private static void names(Slot slot, String... headers) {
        for (String header : headers) {
            NAMED.put(header, slot);
            RANKS.put(header, RANKS.size());
        }
    }

    /** One column and the field it fills; a Google phone (no slot) goes where its label says. */
    private record Filler(int column, int labelColumn, Slot slot, int rank) {

        void fill(Entry entry, List<String> cells) {
            String value = cell(cells, column);
            if (slot != null) {
                entry.offer(slot, value);
                return;
            }
            String label = labelColumn < 0 ? "" : String.valueOf(cell(cells, labelColumn)).toLowerCase(Locale.ROOT);
            if (label.contains("fax")) {
                entry.offer(Slot.FAX, value);
            } else if (label.contains("mobile") || label.contains("cell")) {
                entry.offer(Slot.PHONE_MOBILE, value);
            } else if (label.isEmpty() || label.equals("null") || label.contains("work") || label.contains("main")) {
                entry.offer(Slot.PHONE_OFFICE, value);
            }
        }
    }
}
