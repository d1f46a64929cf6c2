package io.contacts.http.undertow.web;

import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * Driving adapter rule: the id that ties a request's log lines and response together — the client's
 * {@code X-Request-Id} when it is a sane token (it ends up in logs, so nothing else is trusted), a new one otherwise.
 */
public final class RequestIds {

    private static final HexFormat HEX = HexFormat.of();
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    private RequestIds() {
    }

    public static String acceptOrGenerate(String sent) {
        return sent != null && SANE.matcher(sent).matches() ? sent : generate();
    }

    /** 128 random bits in hex: unique enough to find one request, cheap enough for every request. */
    static String generate() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return HEX.toHexDigits(random.nextLong()) + HEX.toHexDigits(random.nextLong());
    }
}
