package io.contacts.bench;

import io.contacts.domain.port.in.ContactInput;
import io.contacts.http.undertow.v1.representation.SentMembers;
import io.contacts.http.undertow.v1.xml.XmlRepresentation;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.TimeUnit;

/** Benchmark: reading the body of a create as a POST does — the hardened StAX reader, XmlMembers, SentMembers. */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class XmlParsingBenchmark {

    private static final String CREATE = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<contact>\n"
            + "  <client-id type=\"integer\">2</client-id>\n  <first-name>Ada</first-name>\n"
            + "  <last-name>Lovelace</last-name>\n  <email>ada@example.com</email>\n  <title>Countess</title>\n"
            + "  <phone-office>555.555.0100</phone-office>\n  <fax nil=\"true\"/>\n</contact>\n");

    private final XmlRepresentation xml = new XmlRepresentation();

    @Benchmark
    public ContactInput createBody() {
        return SentMembers.contact(xml.members(CREATE, "contact"), xml.separator());
    }
}
