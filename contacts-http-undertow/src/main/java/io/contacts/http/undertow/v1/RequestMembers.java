package io.contacts.http.undertow.v1;

import io.contacts.http.undertow.v1.representation.Format;
import io.contacts.http.undertow.v1.representation.Representation;
import io.contacts.http.undertow.web.HttpProblem;
import io.contacts.http.undertow.web.RequestBodies;

import java.util.HashMap;
import java.util.Map;

/**
 * Driving adapter rule: what a request sends of one resource, merged as Rails merged {@code params} — Rails
 * parameters in the query string, under those of a form-encoded body, under the members of an XML or JSON document
 * (a later source's member wins). A request with no body at all may send Rails parameters alone, whatever its
 * Content-Type; one with neither body nor parameters is refused as an empty document always was.
 *
 * @param members   by name, {@code null} for one sent as nil or null; absent when not sent
 * @param separator what joins a member name's words: the document's ({@code _} in JSON), else {@code -}
 */
record RequestMembers(Map<String, String> members, char separator) {

    static RequestMembers of(String root, String rawQuery, String contentType, byte[] body,
                             Map<Format, Representation> readers) {
        if (body.length == 0) {
            return withoutBody(root, rawQuery, contentType, readers);
        }
        BodyType type = BodyType.of(contentType);
        Representation document = type.document() == null ? null : readers.get(type.document());
        char separator = document == null ? '-' : document.separator();
        Map<String, String> members = new HashMap<>(RailsParameters.fromQuery(rawQuery, root, separator));
        String text = RequestBodies.text(body);
        members.putAll(document == null ? RailsParameters.fromForm(text, root, separator) : document.members(text, root));
        return new RequestMembers(members, separator);
    }

    private static RequestMembers withoutBody(String root, String rawQuery, String contentType,
                                              Map<Format, Representation> readers) {
        Map<String, String> parameters = RailsParameters.fromQuery(rawQuery, root, '-');
        if (!parameters.isEmpty()) {
            return new RequestMembers(parameters, '-');
        }
        BodyType type = BodyType.of(contentType);
        if (type.document() == null) {
            throw HttpProblem.badRequest("Expected " + root + "[member]=value parameters, such as " + root
                    + "[name]=…, in the query string or the body");
        }
        // The document's own answer to an empty body, as before Rails parameters were read.
        Representation document = readers.get(type.document());
        return new RequestMembers(document.members("", root), document.separator());
    }
}
