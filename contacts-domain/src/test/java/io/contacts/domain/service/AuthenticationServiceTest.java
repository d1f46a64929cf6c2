package io.contacts.domain.service;

import io.contacts.domain.model.Caller;
import io.contacts.domain.model.EmailAddress;
import io.contacts.domain.model.Identity;
import io.contacts.domain.model.Login;
import io.contacts.domain.port.in.AuthenticateUseCase;
import io.contacts.domain.port.in.Credential;
import io.contacts.domain.testdata.TestDomain;
import io.contacts.domain.testdata.TestSecrets;
import io.contacts.domain.testdata.TestUser;
import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** Signing in with a password or a token, and "who am I", on the in-memory store. */
class AuthenticationServiceTest {

    private final TestDomain domain = TestDomain.inMemory();
    private final AuthenticateUseCase authenticate = domain.useCases().authenticate();
    private final TestUser user = domain.newUser();

    @Test
    void theRightPasswordSignsInTheUserToItsAccount() {
        assertThat(authenticate.authenticate(new Credential.Password(user.email(), user.password())))
                .contains(user.caller());
    }

    @Test
    void theLoginIgnoresCaseAndSurroundingSpaceButThePasswordDoesNot() {
        String shouted = "  " + user.email().toUpperCase(Locale.ROOT) + " ";

        assertThat(authenticate.authenticate(new Credential.Password(shouted, user.password())))
                .contains(user.caller());
        assertThat(authenticate.authenticate(new Credential.Password(user.email(), user.password().toUpperCase(
                Locale.ROOT)))).isEmpty();
    }

    @Test
    void aWrongPasswordAnUnknownOrMalformedLoginSignInNoOne() {
        assertThat(authenticate.authenticate(new Credential.Password(user.email(), "wrong password"))).isEmpty();
        assertThat(authenticate.authenticate(new Credential.Password("nobody@example.com", user.password())))
                .isEmpty();
        assertThat(authenticate.authenticate(new Credential.Password("not an address", ""))).isEmpty();
        assertThat(authenticate.authenticate(new Credential.Password("x".repeat(10_000), "p"))).isEmpty();
    }

    @Test
    void anIssuedTokenSignsInItsOwnerAndAnyOtherStringDoesNot() {
        assertThat(authenticate.authenticate(new Credential.Token(user.token()))).contains(user.caller());
        assertThat(authenticate.authenticate(new Credential.Token(user.token() + "x"))).isEmpty();
        assertThat(authenticate.authenticate(new Credential.Token(""))).isEmpty();
    }

    @Test
    void credentialsOfOneAccountNeverSignInToAnother() {
        TestUser other = domain.newUser();

        Caller caller = authenticate.authenticate(new Credential.Token(other.token())).orElseThrow();

        assertThat(caller.accountId()).isEqualTo(other.account()).isNotEqualTo(user.account());
    }

    @Test
    void passwordsAndTokensAreStoredOnlyAsHashes() {
        Login login = domain.stores().users().findLogin(EmailAddress.of(user.email())).orElseThrow();

        assertThat(login.passwordHash()).startsWith("pbkdf2-sha256$").doesNotContain(user.password());
        assertThat(domain.stores().accessTokens().findByDigest(user.token())).isEmpty();
        assertThat(domain.stores().accessTokens().findByDigest(TestSecrets.fast().digestToken(user.token())))
                .contains(user.caller());
    }

    @Test
    void whoAmITellsTheUserAndItsCompany() {
        Identity identity = domain.useCases().whoAmI().whoAmI(user.caller());

        assertThat(identity.user().id()).isEqualTo(user.caller().userId());
        assertThat(identity.user().email().value()).isEqualTo(user.email());
        assertThat(identity.account().id()).isEqualTo(user.account());
    }
}
