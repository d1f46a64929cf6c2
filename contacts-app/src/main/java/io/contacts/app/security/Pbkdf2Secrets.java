package io.contacts.app.security;

import io.contacts.domain.port.out.Secrets;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Driven adapter: secrets on the JDK's providers — {@code PBKDF2WithHmacSHA256} password hashes written as
 * {@code pbkdf2-sha256$iterations$salt$hash} (Base64 without padding; the cost travels with the hash, so it can
 * rise without invalidating stored ones), and 256-bit random tokens stored as SHA-256 digests, which a token's
 * randomness makes safe to compute fast.
 */
public final class Pbkdf2Secrets implements Secrets {

    /** OWASP's 2023 recommendation for PBKDF2-HMAC-SHA256. */
    public static final int DEFAULT_ITERATIONS = 600_000;

    private static final String PREFIX = "pbkdf2-sha256";
    private static final String ALGORITHM = "PBKDF2WithHmacSHA256";
    private static final int SALT_BYTES = 16;
    private static final int HASH_BITS = 256;
    private static final int TOKEN_BYTES = 32;
    /** Refuses hashes asking for absurd work: a damaged or planted row must not stall a sign-in. */
    private static final int MAX_ITERATIONS = 10_000_000;
    /** One digest per thread: looking one up through the security providers costs more than the digest. */
    private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(Pbkdf2Secrets::sha256);

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
        pbkdf2(); // a JDK without the algorithm fails at start, not at the first sign-in
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
            Base64.Decoder base64 = Base64.getDecoder();
            byte[] salt = base64.decode(parts[2]);
            byte[] expected = base64.decode(parts[3]);
            if (cost < 1 || cost > MAX_ITERATIONS || salt.length == 0 || expected.length * 8 != HASH_BITS) {
                return false;
            }
            return MessageDigest.isEqual(expected, derive(password, salt, cost));
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
        return HexFormat.of().formatHex(SHA_256.get().digest(token.getBytes(StandardCharsets.UTF_8)));
    }

    private byte[] derive(String password, byte[] salt, int cost) {
        PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, cost, HASH_BITS);
        try {
            return pbkdf2().generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(ALGORITHM + " refused a key specification it defines", e);
        } finally {
            spec.clearPassword();
        }
    }

    /** A factory per hash: one is not documented as safe to share, and the look-up is nothing beside the work. */
    private static SecretKeyFactory pbkdf2() {
        try {
            return SecretKeyFactory.getInstance(ALGORITHM);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(ALGORITHM + " is missing from this JDK", e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }
}
