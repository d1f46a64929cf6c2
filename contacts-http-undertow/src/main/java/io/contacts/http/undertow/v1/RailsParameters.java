package io.contacts.http.undertow.v1;

import io.contacts.http.undertow.web.HttpProblem;
import io.contacts.http.undertow.web.QueryString;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Driving adapter rule: a resource's members sent as Rails parameters — {@code contact[first_name]=Jane} — which
 * Harvest v1's Rails server took from the query string or a form-encoded body as readily as from a document, and
 * which v1 clients still send. A member's words may be joined by {@code _} or {@code -}; an empty value clears the
 * member, as an empty element does.
 */
final class RailsParameters {

    private static final Pattern KEY = Pattern.compile("([A-Za-z][A-Za-z0-9_]*)\\[([A-Za-z0-9_-]+)]");

    private RailsParameters() {
    }

    /** The members of {@code root} in the query string, named with {@code separator}; other parameters are not read. */
    static Map<String, String> fromQuery(String rawQuery, String root, char separator) {
        Map<String, String> members = new HashMap<>();
        for (Map.Entry<String, String> pair : QueryString.pairs(rawQuery, "query string")) {
            Matcher key = KEY.matcher(pair.getKey());
            if (key.matches() && key.group(1).equals(root)) {
                members.put(name(key.group(2), separator), pair.getValue());
            }
        }
        return members;
    }

    /** The same from a form-encoded body, every pair of which must be {@code resource[member]=value} (400 otherwise). */
    static Map<String, String> fromForm(String body, String root, char separator) {
        Map<String, String> members = new HashMap<>();
        for (Map.Entry<String, String> pair : QueryString.pairs(body.strip(), "form body")) {
            Matcher key = KEY.matcher(pair.getKey());
            if (!key.matches()) {
                throw HttpProblem.badRequest("A form-encoded body must be " + root + "[member]=value pairs, such as "
                        + root + "[" + example(root) + "]=…; \"" + printable(pair.getKey()) + "\" is not one");
            }
            if (key.group(1).equals(root)) {
                members.put(name(key.group(2), separator), pair.getValue());
            }
        }
        return members;
    }

    private static String name(String member, char separator) {
        return member.replace('_', separator).replace('-', separator);
    }

    private static String example(String root) {
        return root.equals("contact") ? "first_name" : "name";
    }

    /** A name is echoed only when it is short and plain. */
    private static String printable(String name) {
        return name.length() <= 40 && name.chars().allMatch(c -> c >= 0x20 && c < 0x7f) ? name : "…";
    }
}
