package io.contacts.domain.model;

import org.junit.jupiter.api.Test;

import java.util.Random;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What counts as an e-mail address: the shape Rails-era APIs accepted. */
class EmailAddressTest {

    @Test
    void commonAddressesAreWellFormed() {
        for (String ok : new String[] {"Jane@Doe.com", "jane.q+tag@mail.doe.co.uk", "o'brien@example.ie",
                "zoë@exämple.de"}) {
            assertThat(EmailAddress.parse(ok)).as(ok).contains(EmailAddress.of(ok));
        }
    }

    @Test
    void textsThatAreNotAddressesAreRefused() {
        for (String bad : new String[] {"", "jane", "jane@", "@doe.com", "jane@doe", "jane doe@doe.com",
                "jane@@doe.com", "jane@doe..com", "jane@doe.com.", "a@" + "b".repeat(300) + ".com"}) {
            assertThat(EmailAddress.parse(bad)).as(bad).isEmpty();
        }
        assertThatThrownBy(() -> EmailAddress.of("jane")).hasMessage("Email is invalid");
    }

    @Test
    void theWrittenOutCheckAcceptsExactlyWhatTheRailsEraPatternAccepts() {
        Pattern rails = Pattern.compile("[^@\\s]+@(?:[^@\\s.]+\\.)+[^@\\s.]+");
        Random random = new Random(7);
        String alphabet = "ab.@ \t\r\n\u000b\f\u00a0é";
        for (int i = 0; i < 200_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int length = random.nextInt(9); length > 0; length--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String candidate = text.toString();
            assertThat(EmailAddress.isWellFormed(candidate)).as("'%s'", candidate)
                    .isEqualTo(rails.matcher(candidate).matches());
        }
    }

    @Test
    void lowerCasingKeepsTheAddressWhole() {
        assertThat(EmailAddress.of("Jane@Doe.COM").lowerCased()).isEqualTo(EmailAddress.of("jane@doe.com"));
    }
}
