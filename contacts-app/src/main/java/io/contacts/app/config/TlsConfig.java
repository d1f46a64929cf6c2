package io.contacts.app.config;

import java.nio.file.Path;
import java.util.Objects;

/** Where the HTTPS listener finds its PKCS#12 key store, and on which port it listens. */
public record TlsConfig(Path keyStore, String password, int port) {

    public TlsConfig {
        Objects.requireNonNull(keyStore, "keyStore");
        Objects.requireNonNull(password, "password");
    }

    @Override
    public String toString() {
        return "TlsConfig[keyStore=" + keyStore + ", port=" + port + "]";
    }
}
