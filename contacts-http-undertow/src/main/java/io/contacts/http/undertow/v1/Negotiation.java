package io.contacts.http.undertow.v1;

import io.contacts.http.undertow.v1.representation.Format;

import java.util.Locale;
import java.util.Optional;

/**
 * Driving adapter rule: which format a response is written in, from the {@code Accept} header. No header,
 * {@code *}{@code /*}, {@code application/xml} and {@code text/xml} mean XML, {@code application/json} JSON; the
 * highest quality wins, a range that names a format beats a wildcard on a tie, and XML beats JSON after that.
 */
public final class Negotiation {

    private Negotiation() {
    }

    /** The format to answer in, or empty when the client accepts neither (406). */
    public static Optional<Format> responseFormat(String accept) {
        if (accept == null || accept.isBlank()) {
            return Optional.of(Format.XML);
        }
        Preference xml = Preference.NONE;
        Preference json = Preference.NONE;
        for (String range : accept.split(",")) {
            MediaRange parsed = MediaRange.parse(range);
            if (parsed == null) {
                continue;
            }
            xml = xml.better(parsed.preferenceFor("application", "xml"))
                    .better(parsed.preferenceFor("text", "xml"));
            json = json.better(parsed.preferenceFor("application", "json"));
        }
        if (xml.quality() <= 0 && json.quality() <= 0) {
            return Optional.empty();
        }
        return Optional.of(json.beats(xml) ? Format.JSON : Format.XML);
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
