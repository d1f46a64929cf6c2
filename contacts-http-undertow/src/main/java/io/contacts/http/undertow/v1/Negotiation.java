package io.contacts.http.undertow.v1;

import io.contacts.http.undertow.export.ExportFormat;
import io.contacts.http.undertow.v1.representation.Format;

import java.util.Locale;
import java.util.Optional;

/**
 * Driving adapter rule: which format a response is written in, from the {@code Accept} header. No header,
 * {@code *}{@code /*}, {@code application/xml} and {@code text/xml} mean XML, {@code application/json} JSON; the
 * highest quality wins, a range that names a format beats a wildcard on a tie, and XML beats JSON after that.
 * The contact lists are also exported as {@code text/vcard} or {@code text/csv}, but only to a client that names
 * that type and prefers it (a tie goes to XML or JSON): a wildcard must never turn a list into a file.
 */
public final class Negotiation {

    private Negotiation() {
    }

    /**
     * The format to answer in, or empty when the client accepts neither (406). A client that accepts only an export
     * type gets XML where the route has no export, and for errors.
     */
    public static Optional<Format> responseFormat(String accept) {
        Preferences preferences = Preferences.of(accept);
        if (preferences.xml.quality() <= 0 && preferences.json.quality() <= 0) {
            return preferences.export().isPresent() ? Optional.of(Format.XML) : Optional.empty();
        }
        return Optional.of(preferences.json.beats(preferences.xml) ? Format.JSON : Format.XML);
    }

    /** The export a contact list answers in instead of XML or JSON: vCard 4.0 or CSV, named and preferred. */
    public static Optional<ExportFormat> exportFormat(String accept) {
        return Preferences.of(accept).export();
    }

    /** How much an Accept header wants each format. */
    private record Preferences(Preference xml, Preference json, Preference vcard, Preference csv) {

        static Preferences of(String accept) {
            if (accept == null || accept.isBlank()) {
                return new Preferences(new Preference(1, 0), Preference.NONE, Preference.NONE, Preference.NONE);
            }
            Preference xml = Preference.NONE;
            Preference json = Preference.NONE;
            Preference vcard = Preference.NONE;
            Preference csv = Preference.NONE;
            for (String range : accept.split(",")) {
                MediaRange parsed = MediaRange.parse(range);
                if (parsed == null) {
                    continue;
                }
                xml = xml.better(parsed.preferenceFor("application", "xml"))
                        .better(parsed.preferenceFor("text", "xml"));
                json = json.better(parsed.preferenceFor("application", "json"));
                vcard = vcard.better(parsed.preferenceFor("text", "vcard"));
                csv = csv.better(parsed.preferenceFor("text", "csv"));
            }
            return new Preferences(xml, json, vcard, csv);
        }

        Optional<ExportFormat> export() {
            Preference document = json.beats(xml) ? json : xml;
            if (vcard.named() && vcard.beats(document) && !csv.beats(vcard)) {
                return Optional.of(ExportFormat.VCARD_4);
            }
            return csv.named() && csv.beats(document) ? Optional.of(ExportFormat.CSV) : Optional.empty();
        }
    }

    /** How much a client wants a format: the quality of the most specific range that matched it. */
    private record Preference(double quality, int specificity) {
        static final Preference NONE = new Preference(0, -1);

        /** RFC 9110: the most specific range decides, whatever its quality; equal specificity keeps the higher. */
        Preference better(Preference other) {
            if (other.specificity != specificity) {
                return other.specificity > specificity ? other : this;
            }
            return other.quality > quality ? other : this;
        }

        /** Whether a range named the type itself, with a quality above zero. */
        boolean named() {
            return specificity == 2 && quality > 0;
        }

        boolean beats(Preference other) {
            if (quality != other.quality) {
                return quality > other.quality;
            }
            return specificity > other.specificity;
        }
    }

    /** One element of an Accept header, e.g. {@code application/json;q=0.5}. */
    private record MediaRange(String type, String subtype, double quality) {

        static MediaRange parse(String text) {
            String[] parts = text.split(";");
            String[] typeAndSubtype = parts[0].strip().toLowerCase(Locale.ROOT).split("/", -1);
            if (typeAndSubtype.length != 2 || typeAndSubtype[0].isEmpty() || typeAndSubtype[1].isEmpty()) {
                return null;
            }
            double quality = 1;
            for (int i = 1; i < parts.length; i++) {
                String[] parameter = parts[i].strip().split("=", 2);
                if (parameter.length == 2 && parameter[0].strip().equalsIgnoreCase("q")) {
                    quality = quality(parameter[1].strip());
                }
            }
            return new MediaRange(typeAndSubtype[0], typeAndSubtype[1], quality);
        }

        private static double quality(String text) {
            try {
                double value = Double.parseDouble(text);
                return value >= 0 && value <= 1 ? value : 1;
            } catch (NumberFormatException e) {
                return 1;
            }
        }

        Preference preferenceFor(String wantedType, String wantedSubtype) {
            if (type.equals(wantedType) && subtype.equals(wantedSubtype)) {
                return new Preference(quality, 2);
            }
            if (type.equals(wantedType) && subtype.equals("*")) {
                return new Preference(quality, 1);
            }
            if (type.equals("*") && subtype.equals("*")) {
                return new Preference(quality, 0);
            }
            return Preference.NONE;
        }
    }
}
