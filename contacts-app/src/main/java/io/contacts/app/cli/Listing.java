package io.contacts.app.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * What a list command found: an aligned table for people, or a JSON array with one object per row for programs.
 * Numbers stay numbers in JSON; everything else is a string.
 */
final class Listing {

    private static final JsonFactory JSON = JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();

    private final List<String> keys;
    private final List<List<Object>> rows = new ArrayList<>();

    /** A listing with these columns, named as JSON keys ({@code created_at}); a table shows them upper-cased. */
    Listing(String... keys) {
        this.keys = List.of(keys);
    }

    Listing row(Object... values) {
        if (values.length != keys.size()) {
            throw new IllegalArgumentException(values.length + " values for " + keys.size() + " columns");
        }
        rows.add(Arrays.asList(values));
        return this;
    }

    void printTable(PrintWriter out) {
        List<String> headers = keys.stream().map(key -> key.toUpperCase(Locale.ROOT).replace('_', ' ')).toList();
        int[] widths = headers.stream().mapToInt(String::length).toArray();
        for (List<Object> row : rows) {
            for (int column = 0; column < widths.length; column++) {
                widths[column] = Math.max(widths[column], String.valueOf(row.get(column)).length());
            }
        }
        printLine(out, headers, widths);
        rows.forEach(row -> printLine(out, row, widths));
        out.flush();
    }

    void printJson(PrintWriter out) {
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.writeStartArray();
            for (List<Object> row : rows) {
                json.writeStartObject();
                for (int column = 0; column < keys.size(); column++) {
                    Object value = row.get(column);
                    json.writeFieldName(keys.get(column));
                    if (value instanceof Long number) {
                        json.writeNumber(number);
                    } else {
                        json.writeString(String.valueOf(value));
                    }
                }
                json.writeEndObject();
            }
            json.writeEndArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.println();
    }

    private static void printLine(PrintWriter out, List<?> values, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int column = 0; column < widths.length; column++) {
            String text = String.valueOf(values.get(column));
            line.append(text);
            if (column < widths.length - 1) {
                line.append(" ".repeat(widths[column] - text.length() + 2));
            }
        }
        out.println(line);
    }
}
