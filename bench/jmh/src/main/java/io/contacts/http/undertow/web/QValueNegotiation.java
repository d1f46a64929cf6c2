package io.contacts.http.undertow.web;

import io.contacts.http.undertow.v1.representation.Format;
import io.undertow.util.QValueParser;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Benchmark reference: {@link Negotiation}'s rule on top of Undertow's {@link QValueParser} instead of its own
 * tokenizer. Not used by the service: QValueParser is written for {@code Accept-Encoding} and gives a {@code q}
 * that follows another parameter ({@code application/json; charset=utf-8; q=0.5}) to that parameter, not the range.
 */
final class QValueNegotiation {

    private QValueNegotiation() {
    }

    static Optional<Format> responseFormat(String accept) {
        if (accept == null || accept.isBlank()) {
            return Optional.of(Format.XML);
        }
        double[] xml = {0, -1};
        double[] json = {0, -1};
        for (List<QValueParser.QValueResult> sameQuality : QValueParser.parse(List.of(accept))) {
            for (QValueParser.QValueResult range : sameQuality) {
                String value = range.getValue().toLowerCase(Locale.ROOT);
                int slash = value.indexOf('/');
                if (slash <= 0 || slash == value.length() - 1) {
                    continue;
                }
                double quality = quality(range.getQvalue());
                better(xml, specificity(value, slash, "application", "xml"), quality);
                better(xml, specificity(value, slash, "text", "xml"), quality);
                better(json, specificity(value, slash, "application", "json"), quality);
            }
        }
        if (xml[0] <= 0 && json[0] <= 0) {
            return Optional.empty();
        }
        boolean jsonWins = json[0] != xml[0] ? json[0] > xml[0] : json[1] > xml[1];
        return Optional.of(jsonWins ? Format.JSON : Format.XML);
    }

    private static int specificity(String range, int slash, String type, String subtype) {
        String rangeType = range.substring(0, slash);
        String rangeSubtype = range.substring(slash + 1);
        if (rangeType.equals(type)) {
            return rangeSubtype.equals(subtype) ? 2 : rangeSubtype.equals("*") ? 1 : -1;
        }
        return rangeType.equals("*") && rangeSubtype.equals("*") ? 0 : -1;
    }

    /** {@code preference} is {quality, specificity}: the most specific range decides, then the higher quality. */
    private static void better(double[] preference, int specificity, double quality) {
        if (specificity < 0) {
            return;
        }
        if (specificity > preference[1] || specificity == preference[1] && quality > preference[0]) {
            preference[0] = quality;
            preference[1] = specificity;
        }
    }

    private static double quality(String text) {
        try {
            double value = Double.parseDouble(text);
            return value >= 0 && value <= 1 ? value : 1;
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
