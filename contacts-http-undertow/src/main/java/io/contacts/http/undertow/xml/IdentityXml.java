package io.contacts.http.undertow.xml;

import io.contacts.domain.model.Account;
import io.contacts.domain.model.Identity;
import io.contacts.domain.model.User;
import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;

/**
 * Driving adapter XML shape: the answer to {@code /account/who_am_i} —
 * {@code <hash><company>…</company><user>…</user></hash>}, a subset of Harvest v1's fields this service has.
 */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "who-am-i-hash", propOrder = {"company", "user"})
public final class IdentityXml {

    @XmlElement(name = "company")
    Company company;
    @XmlElement(name = "user")
    Person user;

    /** For JAXB. */
    public IdentityXml() {
    }

    static IdentityXml from(Identity identity) {
        IdentityXml xml = new IdentityXml();
        xml.company = Company.from(identity.account());
        xml.user = Person.from(identity.user());
        return xml;
    }

    /** The account, called the company as in Harvest. */
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "company", propOrder = {"id", "name", "createdAt"})
    public static final class Company {
        @XmlElement(name = "id")
        TypedText id;
        @XmlElement(name = "name")
        TypedText name;
        @XmlElement(name = "created-at")
        TypedText createdAt;

        /** For JAXB. */
        public Company() {
        }

        static Company from(Account account) {
            Company xml = new Company();
            xml.id = TypedText.integer(account.id().value());
            xml.name = TypedText.text(account.name());
            xml.createdAt = TypedText.datetime(account.createdAt());
            return xml;
        }
    }

    /** The signed-in user. */
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "user", propOrder = {"id", "email", "firstName", "lastName", "createdAt"})
    public static final class Person {
        @XmlElement(name = "id")
        TypedText id;
        @XmlElement(name = "email")
        TypedText email;
        @XmlElement(name = "first-name")
        TypedText firstName;
        @XmlElement(name = "last-name")
        TypedText lastName;
        @XmlElement(name = "created-at")
        TypedText createdAt;

        /** For JAXB. */
        public Person() {
        }

        static Person from(User user) {
            Person xml = new Person();
            xml.id = TypedText.integer(user.id().value());
            xml.email = TypedText.text(user.email().value());
            xml.firstName = TypedText.text(user.fields().firstName());
            xml.lastName = TypedText.text(user.fields().lastName());
            xml.createdAt = TypedText.datetime(user.createdAt());
            return xml;
        }
    }
}
