package io.contacts.app;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.contacts.app.config.AppConfig;
import io.contacts.app.config.ConfigLoader;
import io.contacts.app.config.ConfigSource;
import io.contacts.persistence.jooq.H2Urls;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/** Listening beyond the loopback interface without TLS is allowed, but never silently. */
class ListenAddressTest {

    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private final Logger logger = (Logger) LoggerFactory.getLogger(ContactsServer.class);

    @TempDir
    Path data;

    @BeforeEach
    void listen() {
        log.start();
        logger.addAppender(log);
    }

    @AfterEach
    void stopListening() {
        logger.detachAppender(log);
    }

    @Test
    void allInterfacesWithoutTlsIsWarnedAbout() {
        assertThat(warningsWhenListeningOn("0.0.0.0")).singleElement().asString()
                .contains("without TLS").contains("CONTACTS_TLS_KEYSTORE");
    }

    @Test
    void theLoopbackInterfaceIsNot() {
        assertThat(warningsWhenListeningOn("127.0.0.1")).isEmpty();
    }

    private List<String> warningsWhenListeningOn(String host) {
        AppConfig config = ConfigLoader.load(new ConfigSource(Map.of(ConfigLoader.HTTP_HOST, host,
                ConfigLoader.HTTP_PORT, "0", ConfigLoader.DB_URL, H2Urls.file(data)), new Properties()));
        ContactsServer server = new ContactsServer(config, login -> { });
        server.start();
        server.stop();
        synchronized (log) {
            return log.list.stream().filter(event -> event.getLevel().levelStr.equals("WARN"))
                    .map(ILoggingEvent::getFormattedMessage).toList();
        }
    }
}
