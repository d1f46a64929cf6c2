package io.contacts.domain.port.in;

import java.util.Objects;

/** What a caller presents to prove who it is: an e-mail and password (HTTP Basic), or an access token. */
public sealed interface Credential permits Credential.Password, Credential.Token {

    /** An e-mail address and password, as HTTP Basic carries them; neither is checked for shape here. */
    record Password(String email, String password) implements Credential {
        public Password {
            Objects.requireNonNull(email, "email");
            Objects.requireNonNull(password, "password");
        }

        @Override
        public String toString() {
            return "Password[email=" + email + "]";
        }
    }

    /** A personal access token, as given (Bearer header or query parameter). */
    record Token(String token) implements Credential {
        public Token {
            Objects.requireNonNull(token, "token");
        }

        @Override
        public String toString() {
            return "Token[…]";
        }
    }
}
