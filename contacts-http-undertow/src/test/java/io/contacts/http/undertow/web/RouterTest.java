package io.contacts.http.undertow.web;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Paths are split as {@code String.split("/", -1)} splits them, after one trailing slash is dropped. */
class RouterTest {

    @Test
    void segmentsKeepEmptyOnesAndIgnoreOneTrailingSlash() {
        for (String path : List.of("/", "", "/contacts", "/contacts/", "/contacts/12", "/contacts/12/", "//x",
                "/clients/3/contacts", "/a//b", "/a/b//", "x/y", "/%2F/contacts")) {
            String trimmed = path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
            assertThat(Router.segments(path)).as(path).isEqualTo(Arrays.asList(trimmed.split("/", -1)));
        }
    }
}
