package io.contacts.domain.service;

import io.contacts.domain.model.Account;
import io.contacts.domain.model.AccountId;
import io.contacts.domain.model.NotFoundException;
import io.contacts.domain.model.User;
import io.contacts.domain.model.ValidationException;
import io.contacts.domain.port.in.BootstrapCommand;
import io.contacts.domain.port.in.BootstrapLogin;
import io.contacts.domain.port.in.CreateUserCommand;
import io.contacts.domain.port.in.Credential;
import io.contacts.domain.port.in.IssuedToken;
import io.contacts.domain.port.in.UseCases;
import io.contacts.domain.testdata.TestDomain;
import io.contacts.domain.testdata.Unique;
import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Accounts, users, tokens and the first start's bootstrap, on the in-memory store. */
class AdministrationServiceTest {

    private final TestDomain domain = TestDomain.inMemory();
    private final UseCases useCases = domain.useCases();

    @Test
    void aNewUserSignsInWithItsPasswordUnderALowerCasedLogin() {
        Account account = useCases.createAccount().createAccount("Acme");
        String email = Unique.email().toUpperCase(Locale.ROOT);

        User user = useCases.createUser().createUser(new CreateUserCommand(account.id(), email, "Ada", "Lovelace",
                "s3cret-enough"));

        assertThat(user.email().value()).isEqualTo(email.toLowerCase(Locale.ROOT));
        assertThat(useCases.authenticate().authenticate(new Credential.Password(email, "s3cret-enough")))
                .contains(user.asCaller());
    }

    @Test
    void aNewUserIsCheckedForEveryProblemAtOnce() {
        AccountId account = useCases.createAccount().createAccount("Acme").id();

        assertThatThrownBy(() -> useCases.createUser().createUser(
                new CreateUserCommand(account, "not-an-address", " ", "", "short")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.messages()).containsExactly(
                        "Email is invalid", "First name can't be blank", "Last name can't be blank",
                        "Password is too short (minimum is 8 characters)"));
    }

    @Test
    void aLoginIsTakenWhateverItsCaseAndWhateverTheAccount() {
        String email = Unique.email();
        AccountId first = useCases.createAccount().createAccount("First").id();
        AccountId second = useCases.createAccount().createAccount("Second").id();
        useCases.createUser().createUser(new CreateUserCommand(first, email, "A", "B", "password1"));

        assertThatThrownBy(() -> useCases.createUser().createUser(new CreateUserCommand(second,
                email.toUpperCase(Locale.ROOT), "C", "D", "password2")))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.messages()).containsExactly("Email has already been taken"));
    }

    @Test
    void aUserNeedsAnExistingAccountAndAnAccountANonBlankName() {
        assertThatThrownBy(() -> useCases.createUser().createUser(new CreateUserCommand(AccountId.of(Long.MAX_VALUE),
                Unique.email(), "A", "B", "password1"))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> useCases.createAccount().createAccount("  "))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.messages()).containsExactly("Name can't be blank"));
    }

    @Test
    void anIssuedTokenIsShownOnceAndSignsInItsOwner() {
        var user = domain.newUser();

        IssuedToken issued = useCases.issueToken().issueToken(user.email());

        assertThat(issued.token()).isNotEqualTo(user.token()).hasSizeGreaterThanOrEqualTo(40);
        assertThat(issued.toString()).doesNotContain(issued.token());
        assertThat(useCases.authenticate().authenticate(new Credential.Token(issued.token())))
                .contains(user.caller());
        assertThatThrownBy(() -> useCases.issueToken().issueToken("nobody@example.com"))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void bootstrapMakesTheFirstAccountAndUserOnceWithAGeneratedPassword() {
        Optional<BootstrapLogin> login = useCases.bootstrap().bootstrap(
                new BootstrapCommand(Optional.empty(), Optional.empty()));

        assertThat(login).isPresent();
        assertThat(login.get().passwordGenerated()).isTrue();
        assertThat(login.get().user().email().value()).isEqualTo("admin@example.com");
        assertThat(useCases.authenticate().authenticate(
                new Credential.Password("admin@example.com", login.get().password()))).isPresent();
        assertThat(login.get().toString()).doesNotContain(login.get().password());

        assertThat(useCases.bootstrap().bootstrap(new BootstrapCommand(Optional.of("other@example.com"),
                Optional.of("password1")))).isEmpty();
        assertThat(useCases.authenticate().authenticate(new Credential.Password("other@example.com", "password1")))
                .isEmpty();
    }

    @Test
    void bootstrapUsesTheGivenLoginAndRefusesAWeakPassword() {
        assertThatThrownBy(() -> useCases.bootstrap().bootstrap(
                new BootstrapCommand(Optional.of("boss@example.com"), Optional.of("short"))))
                .isInstanceOf(ValidationException.class);
        assertThat(domain.stores().accounts().isEmpty()).isTrue();

        BootstrapLogin login = useCases.bootstrap().bootstrap(
                new BootstrapCommand(Optional.of("Boss@Example.com"), Optional.of("long enough"))).orElseThrow();

        assertThat(login.passwordGenerated()).isFalse();
        assertThat(useCases.authenticate().authenticate(new Credential.Password("boss@example.com", "long enough")))
                .contains(login.user().asCaller());
    }
}
