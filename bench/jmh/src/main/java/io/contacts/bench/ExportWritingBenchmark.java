package io.contacts.bench;

import io.contacts.domain.model.Client;
import io.contacts.domain.model.ClientId;
import io.contacts.domain.model.Contact;
import io.contacts.http.undertow.export.ExportFormat;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Benchmark: 1,000 contacts written as the exports write them — vCard 4.0, vCard 3.0, CSV — and vCard 4.0 through
 * ez-vcard's object model, all into memory: the writers' cost alone, without the database or the network of
 * {@code exports.sh}. Run it with {@code XmlWritingBenchmark.thousandContactsXml}, the XML list's writer.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ExportWritingBenchmark {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
    private List<Contact> thousand;
    private Map<ClientId, String> clientNames;

    @Setup
    public void setUp() {
        thousand = Contacts.first(1000);
        clientNames = IntStream.rangeClosed(1, 1000).mapToObj(Clients::number)
                .collect(Collectors.toMap(Client::id, client -> client.fields().name()));
    }

    @Benchmark
    public int vcard4() throws IOException {
        return write(ExportFormat.VCARD_4);
    }

    /** The same cards through ez-vcard's object model: what {@link #vcard4} is measured against. */
    @Benchmark
    public int vcard4ObjectModel() throws IOException {
        out.reset();
        Writer text = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        EzVcardContacts.write(thousand.iterator(), clientNames, true, text);
        return out.size();
    }

    @Benchmark
    public int vcard3() throws IOException {
        return write(ExportFormat.VCARD_3);
    }

    @Benchmark
    public int csv() throws IOException {
        return write(ExportFormat.CSV);
    }

    private int write(ExportFormat format) throws IOException {
        out.reset();
        format.write(thousand.iterator(), clientNames, out);
        return out.size();
    }
}
