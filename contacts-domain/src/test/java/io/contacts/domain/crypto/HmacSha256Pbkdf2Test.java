package io.contacts.domain.crypto;

import org.junit.jupiter.api.Test;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** The domain's own PBKDF2-HMAC-SHA256 gives exactly the published vectors and the JDK provider's output. */
class HmacSha256Pbkdf2Test {

    @Test
    void rfc7914Vectors() {
        assertThat(hex(HmacSha256Pbkdf2.derive(utf8("passwd"), utf8("salt"), 1, 64))).isEqualTo(
                "55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc"
                        + "49ca9cccf179b645991664b39d77ef317c71b845b1e30bd509112041d3a19783");
        assertThat(hex(HmacSha256Pbkdf2.derive(utf8("Password"), utf8("NaCl"), 80_000, 64))).isEqualTo(
                "4ddcd8f60b98be21830cee5ef22701f9641a4418d04c0414aeff08876b34ab56"
                        + "a1d425a1225833549adb841b51c9b3176a272bdebba1d078478f62b397f33c8d");
    }

    @Test
    void sameAsTheJdkProviderForPasswordsOfEveryLength() throws Exception {
        Random random = new Random(42);
        SecretKeyFactory jdk = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256");
        for (int length : new int[] {0, 1, 8, 63, 64, 65, 200}) {
            String password = randomText(random, length);
            byte[] salt = new byte[16];
            random.nextBytes(salt);

            byte[] expected = jdk.generateSecret(new PBEKeySpec(password.toCharArray(), salt, 1_000, 256))
                    .getEncoded();

            assertThat(HmacSha256Pbkdf2.derive(utf8(password), salt, 1_000, 32)).as("length %d", length)
                    .isEqualTo(expected);
        }
    }

    private static String randomText(Random random, int length) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            text.append(i % 7 == 6 ? 'é' : (char) ('!' + random.nextInt(90)));
        }
        return text.toString();
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }
}
