package io.contacts.http.undertow.v1.xml;

import io.contacts.domain.model.Field;
import io.contacts.domain.port.in.ClientInput;
import io.contacts.domain.port.in.ContactInput;
import io.contacts.http.undertow.v1.representation.SentMembers;
import io.contacts.http.undertow.web.HttpProblem;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Contact and client bodies read as a client means them: what was sent, cleared or left out, field by field —
 * whatever else a client sends back with them (read-only elements, unknown ones, comments, namespaces).
 */
class XmlBodiesTest {

    private final XmlRepresentation xml = new XmlRepresentation();

    private ContactInput contact(String body) {
        return SentMembers.contact(xml.members(body, "contact"), xml.separator());
    }

    private ClientInput client(String body) {
        return SentMembers.client(xml.members(body, "client"));
    }

    @Test
    void everyWritableElementIsReadWithItsSpaceKeptForTheDomainToStrip() {
        ContactInput input = contact("""
                <?xml version="1.0" encoding="UTF-8"?>
                <contact>
                  <client-id type="integer"> 42 </client-id>
                  <first-name>  Ada </first-name>
                  <last-name>Lovelace</last-name>
                  <email>ada@example.com</email>
                  <title>Countess</title>
                  <phone-office>555-0100</phone-office>
                  <phone-mobile>555-0101</phone-mobile>
                  <fax>555-0102</fax>
                </contact>
                """);

        assertThat(input).isEqualTo(new ContactInput(Field.of(42L), Field.of("  Ada "), Field.of("Lovelace"),
                Field.of("ada@example.com"), Field.of("Countess"), Field.of("555-0100"), Field.of("555-0101"),
                Field.of("555-0102")));
    }

    @Test
    void nilClearsAnEmptyElementIsSentEmptyAndAnElementLeftOutIsAbsent() {
        ContactInput input = contact("<contact><first-name nil=\"true\"/><last-name nil=\" TRUE \">x</last-name>"
                + "<email></email><title/><fax nil=\"false\">f</fax><client-id nil=\"true\"/></contact>");

        assertThat(input.firstName()).isEqualTo(Field.blank());
        assertThat(input.lastName()).isEqualTo(Field.blank());
        assertThat(input.email()).isEqualTo(Field.of(""));
        assertThat(input.title()).isEqualTo(Field.of(""));
        assertThat(input.fax()).isEqualTo(Field.of("f"));
        assertThat(input.clientId()).isEqualTo(Field.blank());
        assertThat(input.phoneOffice()).isEqualTo(Field.absent());
        assertThat(input.phoneMobile()).isEqualTo(Field.absent());
    }

    @Test
    void aWholeContactSentBackKeepsOnlyItsWritableElements() {
        ContactInput input = contact("""
                <contact>
                  <created-at type="datetime">2010-01-01T00:00:00Z</created-at>
                  <id type="integer">7</id>
                  <extra><nested a="1">deep <b>text</b></nested></extra>
                  loose text
                  <!-- a comment -->
                  <?pi data?>
                  <title>CEO</title>
                </contact>
                """);

        assertThat(input).isEqualTo(new ContactInput(Field.absent(), Field.absent(), Field.absent(), Field.absent(),
                Field.of("CEO"), Field.absent(), Field.absent(), Field.absent()));
    }

    @Test
    void elementsAndNilMarksInANamespaceAreNotTheContactsOwn() {
        ContactInput input = contact("<contact xmlns:x=\"urn:other\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
                + "<x:title>Spy</x:title><first-name xsi:nil=\"true\">Ada</first-name>"
                + "<last-name xmlns=\"urn:other\">Other</last-name></contact>");

        assertThat(input.title()).isEqualTo(Field.absent());
        assertThat(input.firstName()).isEqualTo(Field.of("Ada"));
        assertThat(input.lastName()).isEqualTo(Field.absent());
    }

    @Test
    void aFieldHoldingElementsIsSkippedAsTheJsonReaderSkipsANestedValue() {
        ContactInput input = contact("<contact><title>CEO</title><title>a<b>c</b>d</title>"
                + "<first-name>one</first-name><first-name>two</first-name></contact>");

        assertThat(input.title()).isEqualTo(Field.absent());
        assertThat(input.firstName()).as("the last of two wins").isEqualTo(Field.of("two"));
    }

    @Test
    void entitiesCdataAndCommentsMakeOneText() {
        ContactInput input = contact("<contact><title>R&amp;D <![CDATA[<lead>]]> &#x263A;<!-- c -->!</title></contact>");

        assertThat(input.title()).isEqualTo(Field.of("R&D <lead> \u263A!"));
    }

    @Test
    void aClientIdThatIsNoNumberIsABadRequest() {
        assertThatThrownBy(() -> contact("<contact><client-id>twelve</client-id></contact>"))
                .isInstanceOfSatisfying(HttpProblem.class, problem -> assertThat(problem.status()).isEqualTo(400))
                .hasMessage("client-id must be an integer");
    }

    @Test
    void anotherDocumentOrBrokenXmlIsABadRequestThatQuotesNothing() {
        assertThatThrownBy(() -> contact("<client><name>x</name></client>"))
                .isInstanceOfSatisfying(HttpProblem.class, problem -> assertThat(problem.status()).isEqualTo(400))
                .hasMessage("Expected a <contact> document");
        assertThatThrownBy(() -> contact("<contact><title>secret</titel></contact>"))
                .isInstanceOfSatisfying(HttpProblem.class, problem -> assertThat(problem.status()).isEqualTo(400))
                .hasMessageStartingWith("The request body is not well-formed XML (line 1, column")
                .message().doesNotContain("secret", "titel");
        assertThatThrownBy(() -> contact("<contact><title>x</title></contact><contact/>"))
                .isInstanceOf(HttpProblem.class)
                .hasMessageStartingWith("The request body is not well-formed XML");
    }

    @Test
    void aClientBodyIsReadTheSameWay() {
        ClientInput input = client("<client><id>3</id><name> Acme </name><active type=\"boolean\">false</active>"
                .concat("<details nil=\"true\"/></client>"));

        assertThat(input).isEqualTo(new ClientInput(Field.of(" Acme "), Field.blank(), Field.of(false)));
        assertThatThrownBy(() -> client("<client><active>maybe</active></client>"))
                .hasMessage("active must be true or false");
    }
}
