package io.contacts.domain.port.in;

import java.util.List;

/**
 * The answer of an import: one line per entry, in file order, and whether anything was written — never when an entry
 * was refused or on a dry run.
 */
public record ImportReport(boolean written, List<ImportedEntry> entries) {

    public ImportReport {
        entries = List.copyOf(entries);
    }

    /** Whether any entry broke the rules, so that nothing was written. */
    public boolean refused() {
        return entries.stream().anyMatch(entry -> entry.outcome() == ImportedEntry.Outcome.REFUSED);
    }
}
