package io.contacts.domain.crypto;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/**
 * PBKDF2 with HMAC-SHA256 (RFC 8018 over RFC 2104), built on {@link MessageDigest} so that the domain depends
 * on {@code java.*} alone. Byte-for-byte the JDK's {@code PBKDF2WithHmacSHA256}, which the tests check it against.
 */
final class HmacSha256Pbkdf2 {

    private static final int BLOCK_BYTES = 64;
    private static final int DIGEST_BYTES = 32;
    private static final byte INNER_PAD = 0x36;
    private static final byte OUTER_PAD = 0x5c;

    private HmacSha256Pbkdf2() {
    }

    static byte[] derive(byte[] password, byte[] salt, int iterations, int lengthBytes) {
        Hmac prf = new Hmac(password);
        byte[] derived = new byte[lengthBytes];
        for (int block = 1, offset = 0; offset < lengthBytes; block++, offset += DIGEST_BYTES) {
            byte[] t = blockOf(prf, salt, iterations, block);
            System.arraycopy(t, 0, derived, offset, Math.min(DIGEST_BYTES, lengthBytes - offset));
        }
        return derived;
    }

    /** T_i = U_1 xor U_2 xor … xor U_c, with U_1 = PRF(P, S || INT(i)) and U_j = PRF(P, U_j-1). */
    private static byte[] blockOf(Hmac prf, byte[] salt, int iterations, int index) {
        byte[] u = prf.mac(ByteBuffer.allocate(salt.length + 4).put(salt).putInt(index).array());
        byte[] t = u.clone();
        for (int j = 1; j < iterations; j++) {
            u = prf.mac(u);
            for (int k = 0; k < t.length; k++) {
                t[k] ^= u[k];
            }
        }
        return t;
    }

    /** HMAC-SHA256 with a fixed key: the padded key blocks are digested once and the states cloned per message. */
    private static final class Hmac {

        private final MessageDigest inner;
        private final MessageDigest outer;

        Hmac(byte[] key) {
            byte[] padded = Arrays.copyOf(key.length > BLOCK_BYTES ? sha256().digest(key) : key, BLOCK_BYTES);
            inner = sha256();
            outer = sha256();
            for (byte b : padded) {
                inner.update((byte) (b ^ INNER_PAD));
                outer.update((byte) (b ^ OUTER_PAD));
            }
        }

        byte[] mac(byte[] message) {
            MessageDigest in = copy(inner);
            MessageDigest out = copy(outer);
            return out.digest(in.digest(message));
        }

        private static MessageDigest copy(MessageDigest keyed) {
            try {
                return (MessageDigest) keyed.clone();
            } catch (CloneNotSupportedException e) {
                throw new IllegalStateException("this JDK's SHA-256 cannot be cloned", e);
            }
        }
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }
}
