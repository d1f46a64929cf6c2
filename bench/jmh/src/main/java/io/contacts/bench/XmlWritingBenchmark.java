package io.contacts.bench;

import io.contacts.domain.model.Client;
import io.contacts.domain.model.Contact;
import io.contacts.http.undertow.v1.json.JsonRepresentation;
import io.contacts.http.undertow.v1.xml.XmlRepresentation;
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
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Benchmark: writing documents as the API sends them — one contact, a list of 1,000, one client. */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class XmlWritingBenchmark {

    private final XmlRepresentation xml = new XmlRepresentation();
    private final JsonRepresentation json = new JsonRepresentation(1024 * 1024);
    private final ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
    private Contact one;
    private Client client;
    private List<Contact> thousand;

    @Setup
    public void setUp() {
        one = Contacts.number(9);
        thousand = Contacts.first(1000);
        client = Clients.number(9);
    }

    @Benchmark
    public int oneContactXml() throws IOException {
        out.reset();
        xml.contact(one, out);
        return out.size();
    }

    @Benchmark
    public int thousandContactsXml() throws IOException {
        out.reset();
        xml.contacts(thousand.iterator(), out);
        return out.size();
    }

    @Benchmark
    public int oneClientXml() throws IOException {
        out.reset();
        xml.client(client, out);
        return out.size();
    }

    @Benchmark
    public int oneContactJson() throws IOException {
        out.reset();
        json.contact(one, out);
        return out.size();
    }
}
