package io.contacts.app.cli;

import picocli.CommandLine.Option;

import java.io.PrintWriter;

/** The {@code --json} option of a list command, and the printing it chooses. */
final class ListFormat {

    @Option(names = "--json", description = "Print a JSON array with one object per row (keys as the table's "
            + "columns, in lower case with '_'), for programs, instead of a table.")
    private boolean json;

    void print(Listing listing, PrintWriter out) {
        if (json) {
            listing.printJson(out);
        } else {
            listing.printTable(out);
        }
    }
}
