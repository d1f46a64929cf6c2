package io.contacts.http.undertow.web;

import java.util.List;

/** Driving adapter value: one method on one path template, e.g. {@code PUT /contacts/{id}}. */
public record Route(String method, String template, Access access, Action action) {

    /** The template's segments: literals, and {@code {…}} for a positive integer id. */
    List<String> segments() {
        return Router.segments(template);
    }
}
