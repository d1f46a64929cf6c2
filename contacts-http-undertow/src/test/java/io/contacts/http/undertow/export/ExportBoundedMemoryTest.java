package io.contacts.http.undertow.export;

import io.contacts.domain.model.AccountId;
import io.contacts.domain.model.ClientId;
import io.contacts.domain.model.Contact;
import io.contacts.domain.model.ContactFields;
import io.contacts.domain.model.ContactId;
import io.contacts.domain.model.EmailAddress;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Proof that an export streams: a million contacts, each with texts of its own, go through a heap (64 MiB in the
 * {@code bounded-memory} surefire execution) many times too small to hold them or the file; were a writer to keep
 * the cards or buffer the file, the JVM would run out of memory. The volume is checked, so it cannot pass vacuously.
 */
@Tag("bounded-memory")
class ExportBoundedMemoryTest {

    private static final int CONTACTS = 1_000_000;
    private static final ClientId CLIENT = ClientId.of(1);
    private static final Instant T0 = Instant.parse("2024-03-01T10:15:30Z");
    private static final String PADDING = "streamed, never held ".repeat(3);

    @ParameterizedTest
    @EnumSource(ExportFormat.class)
    void aMillionContactsStreamThroughASmallHeap(ExportFormat format) throws IOException {
        assertThat(Runtime.getRuntime().maxMemory()).as("the heap of the bounded-memory execution")
                .isLessThan(100L << 20);
        CountingSink out = new CountingSink();

        format.write(contacts(), Map.of(CLIENT, "Everyone"), out);

        assertThat(out.lines).isGreaterThanOrEqualTo(CONTACTS);
        assertThat(out.bytes).isGreaterThan(3 * Runtime.getRuntime().maxMemory());
    }

    private static Iterator<Contact> contacts() {
        return LongStream.rangeClosed(1, CONTACTS).mapToObj(id -> new Contact(ContactId.of(id), AccountId.of(1),
                ContactFields.stored(CLIENT, "First " + id + PADDING, Optional.of("Last " + id + PADDING),
                        Optional.of(EmailAddress.stored("c" + id + "@example.com")),
                        Optional.of("Title " + id + PADDING),
                        Optional.of("+1 555 " + id), Optional.of("+1 556 " + id), Optional.of("+1 557 " + id)),
                T0, T0, 1)).iterator();
    }

    /** Counts what it is given and keeps nothing. */
    private static final class CountingSink extends OutputStream {
        private long bytes;
        private long lines;

        @Override
        public void write(int b) {
            bytes++;
            lines += b == '\n' ? 1 : 0;
        }

        @Override
        public void write(byte[] buffer, int offset, int length) {
            bytes += length;
            for (int i = offset; i < offset + length; i++) {
                lines += buffer[i] == '\n' ? 1 : 0;
            }
        }
    }
}
