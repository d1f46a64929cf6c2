package io.contacts.app;

import io.contacts.app.config.ConfigException;
import io.contacts.app.config.ConfigLoader;
import io.contacts.app.config.TlsConfig;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.KeyStoreException;
import java.util.Collections;

/** Turns the configured PKCS#12 key store into the TLS context of the HTTPS listener. */
final class KeyStores {

    private KeyStores() {
    }

    static SSLContext sslContext(TlsConfig tls) {
        char[] password = tls.password().toCharArray();
        try (InputStream in = Files.newInputStream(tls.keyStore())) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, password);
            if (!hasKey(store)) {
                throw new ConfigException(ConfigLoader.TLS_KEYSTORE + "='" + tls.keyStore() + "' holds no private key:"
                        + " it needs the server's key and certificate chain (e.g. keytool -genkeypair, or openssl"
                        + " pkcs12 -export)");
            }
            KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keys.init(store, password);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keys.getKeyManagers(), null, null);
            return context;
        } catch (IOException | GeneralSecurityException e) {
            throw new ConfigException(ConfigLoader.TLS_KEYSTORE + "='" + tls.keyStore() + "' cannot be used with "
                    + ConfigLoader.TLS_KEYSTORE_PASSWORD + " (" + e.getMessage() + "): check that it is a PKCS#12 file"
                    + " and that this is its password");
        }
    }

    private static boolean hasKey(KeyStore store) throws KeyStoreException {
        for (String alias : Collections.list(store.aliases())) {
            if (store.isKeyEntry(alias)) {
                return true;
            }
        }
        return false;
    }
}
