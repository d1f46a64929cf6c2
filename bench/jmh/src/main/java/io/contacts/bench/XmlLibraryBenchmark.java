package io.contacts.bench;

import io.contacts.domain.model.Client;
import io.contacts.domain.model.Contact;
import io.contacts.http.undertow.v1.xml.XmlSchemaModel;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Marshaller;
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
import java.util.concurrent.TimeUnit;

/**
 * Benchmark: JAXB rendering the documents the API sends as text (XmlWritingBenchmark's oneContactXml and
 * oneClientXml) — JAXB's model of them built from the same tables and marshalled by JAXB's own UTF-8 writer
 * straight to the stream (its fastest way, one marshaller per thread), for one contact and one client.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class XmlLibraryBenchmark {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 16);
    private Marshaller jaxb;
    private Contact contact;
    private Client client;

    @Setup
    public void setUp() {
        jaxb = XmlSchemaModel.marshaller();
        contact = Contacts.number(9);
        client = Clients.number(9);
    }

    @Benchmark
    public int contactJaxb() throws JAXBException {
        out.reset();
        jaxb.marshal(XmlSchemaModel.contact(contact), out);
        return out.size();
    }

    @Benchmark
    public int clientJaxb() throws JAXBException {
        out.reset();
        jaxb.marshal(XmlSchemaModel.client(client), out);
        return out.size();
    }
}
