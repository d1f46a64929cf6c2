package io.contacts.domain.service;

import io.contacts.domain.model.Contact;
import io.contacts.domain.model.Field;
import io.contacts.domain.model.ValidationException;
import io.contacts.domain.port.in.ContactInput;
import io.contacts.domain.port.in.LastNameRule;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.OptionalLong;

import static io.contacts.domain.testdata.ContactTestData.aContact;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The last name's two rules: Harvest v1's contract requires one on what it creates and never lets it be
 * cleared ({@link LastNameRule#REQUIRED}); v2 and the domain itself do not ({@link LastNameRule#OPTIONAL}).
 */
class LastNameRuleTest extends ContactUseCasesFixture {

    @Test
    void v1sRuleRefusesACreateWithoutALastName() {
        for (String lastName : new String[] {null, "", " \t"}) {
            assertThatThrownBy(() -> create(aContact().forClient(client).withLastName(lastName).toInput(),
                    LastNameRule.REQUIRED))
                    .isInstanceOfSatisfying(ValidationException.class,
                            e -> assertThat(e.messages()).containsExactly("Last name can't be blank"));
        }
        assertThat(all()).isEmpty();
    }

    @Test
    void theOptionalRuleCreatesAContactWithoutALastNameAndStillChecksOneSent() {
        Contact notSent = create(aContact().forClient(client).withLastName(null).toInput(), LastNameRule.OPTIONAL);
        Contact blank = create(aContact().forClient(client).withLastName("  ").toInput(), LastNameRule.OPTIONAL);
        Contact sent = create(aContact().forClient(client).withLastName(" Doe ").toInput(), LastNameRule.OPTIONAL);

        assertThat(notSent.fields().lastName()).isEmpty();
        assertThat(blank.fields().lastName()).isEmpty();
        assertThat(sent.fields().lastName()).contains("Doe");
        assertThat(useCases.getContact().getContact(account, notSent.id())).isEqualTo(notSent);
        assertThatThrownBy(() -> create(aContact().forClient(client).withLastName("x".repeat(256)).toInput(),
                LastNameRule.OPTIONAL))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.messages())
                        .containsExactly("Last name is too long (maximum is 255 characters)"));
    }

    @Test
    void v1sRuleRefusesBlankingALastNameButAnUpdateNotSendingOneKeepsItsAbsence() {
        Contact withoutOne = create(aContact().forClient(client).withLastName(null).toInput(), LastNameRule.OPTIONAL);

        Contact retitled = update(withoutOne.id(), aContact().withLastName(null).withTitle("CEO").toInput(),
                OptionalLong.empty());
        assertThat(retitled.fields().lastName()).isEmpty();
        assertThat(retitled.fields().title()).contains("CEO");

        for (Field<String> blank : List.of(Field.<String>blank(), Field.of(" "))) {
            assertThatThrownBy(() -> update(withoutOne.id(), withLastName(blank), OptionalLong.empty()))
                    .isInstanceOfSatisfying(ValidationException.class,
                            e -> assertThat(e.messages()).containsExactly("Last name can't be blank"));
        }
        assertThat(useCases.getContact().getContact(account, withoutOne.id())).isEqualTo(retitled);

        Contact named = update(withoutOne.id(), withLastName(Field.of("Doe")), OptionalLong.empty());
        assertThat(named.fields().lastName()).contains("Doe");
    }

    @Test
    void theOptionalRuleClearsALastNameSentBlankAndKeepsOneNotSent() {
        Contact created = create(aContact().forClient(client).toInput());

        Contact kept = update(created.id(), ContactInput.none(), OptionalLong.empty(), LastNameRule.OPTIONAL);
        Contact cleared = update(created.id(), withLastName(Field.blank()), OptionalLong.empty(),
                LastNameRule.OPTIONAL);

        assertThat(kept.fields().lastName()).contains("Doe");
        assertThat(cleared.fields()).isEqualTo(aContact().forClient(client).withLastName(null).build());
        assertThat(useCases.getContact().getContact(account, created.id())).isEqualTo(cleared);
    }

    private static ContactInput withLastName(Field<String> lastName) {
        ContactInput none = ContactInput.none();
        return new ContactInput(none.clientId(), none.firstName(), lastName, none.email(), none.title(),
                none.phoneOffice(), none.phoneMobile(), none.fax());
    }
}
