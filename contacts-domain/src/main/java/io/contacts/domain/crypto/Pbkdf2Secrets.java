package io.contacts.domain.crypto;

import io.contacts.domain.port.out.Secrets;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Secrets with the JDK alone: PBKDF2-HMAC-SHA256 password hashes ({@code pbkdf2-sha256$iterations$salt$hash},
 * so the cost can rise without invalidating stored hashes), and 256-bit random tokens stored as SHA-256
 * digests — a token is random enough that a fast digest cannot be brute-forced.
 */
public final class Pbkdf2Secrets implements Secrets {

    /** OWASP's 2023 recommendation for PBKDF2-HMAC-SHA256. */
    public static final int DEFAULT_ITERATIONS = 600_000;

    private static final String PREFIX = "pbkdf2-sha256";
    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;
    private static final int TOKEN_BYTES = 32;
    /** Refuses hashes asking for absurd work: a damaged or planted row must not stall a sign-in. */
    private static final int MAX_ITERATIONS = 10_000_000;

    private final int iterations;
    private final SecureRandom random = new SecureRandom();

    public Pbkdf2Secrets() {
        this(DEFAULT_ITERATIONS);
    }

    /** A cheaper cost is for tests only: hashes made with it stay verifiable after the cost rises. */
    public Pbkdf2Secrets(int iterations) {
        if (iterations < 1 || iterations > MAX_ITERATIONS) {
            throw new IllegalArgumentException("iterations out of range: " + iterations);
        }
        this.iterations = iterations;
    }

    @Override
    public String hashPassword(String password) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        Base64.Encoder base64 = Base64.getEncoder().withoutPadding();
        return String.join("$", PREFIX, Integer.toString(iterations), base64.encodeToString(salt),
                base64.encodeToString(derive(password, salt, iterations)));
    }

    @Override
    public boolean verifyPassword(String password, String hash) {
        String[] parts = hash.split("\\$");
        if (parts.length != 4 || !PREFIX.equals(parts[0])) {
            return false;
        }
        try {
            int cost = Integer.parseInt(parts[1]);
            if (cost < 1 || cost > MAX_ITERATIONS) {
                return false;
            }
            Base64.Decoder base64 = Base64.getDecoder();
            byte[] expected = base64.decode(parts[3]);
            return MessageDigest.isEqual(expected, derive(password, base64.decode(parts[2]), cost));
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }

    @Override
    public String newToken() {
        byte[] bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    @Override
    public String digestToken(String token) {
        return HexFormat.of().formatHex(HmacSha256Pbkdf2.sha256().digest(token.getBytes(StandardCharsets.UTF_8)));
    }

    private static byte[] derive(String password, byte[] salt, int cost) {
        return HmacSha256Pbkdf2.derive(password.getBytes(StandardCharsets.UTF_8), salt, cost, HASH_BYTES);
    }
}
