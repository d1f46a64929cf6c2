package io.contacts.domain.testdata;

import io.contacts.domain.port.out.Secrets;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Random;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Test adapter for {@link Secrets}: the service's hash format ({@code pbkdf2-sha256$cost$salt$hash}) on the JDK's
 * PBKDF2 at a cost tests can afford a thousand times over, so domain and transport tests need no app module.
 */
public final class TestSecrets implements Secrets {

    private static final int CHEAP_ITERATIONS = 1_000;

    private final AtomicInteger verifications;

    private TestSecrets(AtomicInteger verifications) {
        this.verifications = verifications;
    }

    public static Secrets fast() {
        return new TestSecrets(new AtomicInteger());
    }

    /** Adds one to {@code verifications} for every password checked against a hash: the slow work a cache saves. */
    public static Secrets counting(AtomicInteger verifications) {
        return new TestSecrets(verifications);
    }

    @Override
    public String hashPassword(String password) {
        byte[] salt = randomBytes(16);
        Base64.Encoder base64 = Base64.getEncoder().withoutPadding();
        return "pbkdf2-sha256$" + CHEAP_ITERATIONS + "$" + base64.encodeToString(salt) + "$"
                + base64.encodeToString(derive(password, salt, CHEAP_ITERATIONS));
    }

    @Override
    public boolean verifyPassword(String password, String hash) {
        verifications.incrementAndGet();
        String[] parts = hash.split("\\$");
        if (parts.length != 4 || !parts[0].equals("pbkdf2-sha256")) {
            return false;
        }
        try {
            byte[] salt = Base64.getDecoder().decode(parts[2]);
            byte[] derived = derive(password, salt, Integer.parseInt(parts[1]));
            return MessageDigest.isEqual(Base64.getDecoder().decode(parts[3]), derived);
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }

    @Override
    public String newToken() {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(randomBytes(32));
    }

    @Override
    public String digestToken(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] derive(String password, byte[] salt, int iterations) {
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                    .generateSecret(new PBEKeySpec(password.toCharArray(), salt, iterations, 256)).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] randomBytes(int count) {
        byte[] bytes = new byte[count];
        Random random = ThreadLocalRandom.current();
        random.nextBytes(bytes);
        return bytes;
    }
}
