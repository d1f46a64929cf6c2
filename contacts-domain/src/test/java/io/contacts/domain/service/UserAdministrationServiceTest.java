package io.contacts.domain.service;

import io.contacts.domain.model.Account;
import io.contacts.domain.model.AccountId;
import io.contacts.domain.model.Caller;
import io.contacts.domain.model.NotFoundException;
import io.contacts.domain.model.User;
import io.contacts.domain.model.ValidationException;
import io.contacts.domain.port.in.CreateUserCommand;
import io.contacts.domain.port.in.Credential;
import io.contacts.domain.port.in.DeletedUser;
import io.contacts.domain.port.in.SignInPolicy;
import io.contacts.domain.port.in.TokenSummary;
import io.contacts.domain.port.in.UseCases;
import io.contacts.domain.testdata.TestDomain;
import io.contacts.domain.testdata.TestUser;
import io.contacts.domain.testdata.Unique;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Administration of existing accounts, users and tokens, on the in-memory store — and how long what it takes away
 * keeps working: until the credential cache's time ({@link SignInPolicy#credentialTtl()}) has passed, no longer.
 */
class UserAdministrationServiceTest {

    private static final Duration TTL = SignInPolicy.defaults().credentialTtl();

    private final TestDomain domain = TestDomain.inMemory();
    private final UseCases useCases = domain.useCases();

    @Test
    void accountsAreListedAndRenamed() {
        Account account = useCases.createAccount().createAccount("Before");

        Account renamed = useCases.renameAccount().renameAccount(account.id(), "  After  ");

        assertThat(renamed).isEqualTo(new Account(account.id(), "After", account.createdAt()));
        assertThat(useCases.listAccounts().listAccounts()).contains(renamed);
    }

    @Test
    void aBadNameOrAnUnknownAccountIsRefused() {
        AccountId account = useCases.createAccount().createAccount("Kept").id();

        assertThatThrownBy(() -> useCases.renameAccount().renameAccount(account, " "))
                .isInstanceOf(ValidationException.class).hasMessage("Name can't be blank");
        assertThatThrownBy(() -> useCases.renameAccount().renameAccount(AccountId.of(999), "Any"))
                .isInstanceOf(NotFoundException.class).hasMessage("Account 999 not found");
        assertThat(useCases.listAccounts().listAccounts()).extracting(Account::name).containsExactly("Kept");
    }

    @Test
    void usersAreListedPerAccountOrAll() {
        TestUser first = domain.newUser();
        TestUser second = domain.newUser();
        User another = addUser(first.account());

        List<User> all = useCases.listUsers().listUsers(Optional.empty());
        List<User> ofFirst = useCases.listUsers().listUsers(Optional.of(first.account()));

        assertThat(ofFirst).extracting(User::asCaller).containsExactly(first.caller(), another.asCaller());
        assertThat(all).extracting(User::asCaller)
                .containsExactly(first.caller(), another.asCaller(), second.caller());
        assertThatThrownBy(() -> useCases.listUsers().listUsers(Optional.of(AccountId.of(999))))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void aDeletedUserLosesItsTokensAndSignsInNoMoreOnceTheCacheLetsGo() {
        TestUser user = domain.newUser();
        addUser(user.account());
        assertThat(signIn(user)).isPresent();

        DeletedUser deleted = useCases.deleteUser().deleteUser(user.email().toUpperCase(Locale.ROOT));

        assertThat(deleted.tokensRevoked()).isEqualTo(1);
        assertThat(deleted.accountHasUsersLeft()).isTrue();
        assertThat(useCases.listTokens().listTokens(Optional.empty())).isEmpty();
        assertThat(signIn(user)).as("verified a moment ago: cached").isPresent();
        domain.clock().advance(TTL);
        assertThat(signIn(user)).isEmpty();
        assertThat(token(user)).isEmpty();
    }

    @Test
    void theLastUserOfAnAccountMayGoAndTheAccountStays() {
        TestUser user = domain.newUser();

        DeletedUser deleted = useCases.deleteUser().deleteUser(user.email());

        assertThat(deleted.accountHasUsersLeft()).isFalse();
        assertThat(useCases.listAccounts().listAccounts()).extracting(Account::id).contains(user.account());
        assertThat(addUser(user.account()).accountId()).isEqualTo(user.account());
        assertThatThrownBy(() -> useCases.deleteUser().deleteUser(user.email()))
                .isInstanceOf(NotFoundException.class).hasMessage("No user signs in with " + user.email());
    }

    @Test
    void aResetPasswordReplacesTheOldOneOnceTheCacheLetsGo() {
        TestUser user = domain.newUser();
        assertThat(signIn(user)).isPresent();

        useCases.resetPassword().resetPassword(user.email(), "a brand new password");

        assertThat(signIn(user)).as("verified a moment ago: cached").isPresent();
        assertThat(password(user, "a brand new password")).contains(user.caller());
        domain.clock().advance(TTL);
        assertThat(signIn(user)).isEmpty();
        assertThat(password(user, "a brand new password")).contains(user.caller());
    }

    @Test
    void aResetIsCheckedBeforeAnythingChanges() {
        TestUser user = domain.newUser();

        assertThatThrownBy(() -> useCases.resetPassword().resetPassword(user.email(), "short"))
                .isInstanceOf(ValidationException.class).hasMessage("Password is too short (minimum is 8 characters)");
        assertThatThrownBy(() -> useCases.resetPassword().resetPassword("nobody@example.com", "long enough"))
                .isInstanceOf(NotFoundException.class);
        assertThat(signIn(user)).contains(user.caller());
    }

    @Test
    void tokensAreListedByIdAndOwnerAndRevokedById() {
        TestUser user = domain.newUser();
        TestUser other = domain.newUser();
        assertThat(token(user)).isPresent();

        List<TokenSummary> mine = useCases.listTokens().listTokens(Optional.of(user.email()));

        assertThat(mine).singleElement().satisfies(summary -> {
            assertThat(summary.id()).hasSize(TokenSummary.ID_LENGTH).isNotEqualTo(user.token());
            assertThat(user.token()).doesNotContain(summary.id());
            assertThat(summary.owner().asCaller()).isEqualTo(user.caller());
        });
        assertThat(useCases.listTokens().listTokens(Optional.empty())).hasSize(2);

        TokenSummary revoked = useCases.revokeToken().revokeToken(mine.get(0).id());

        assertThat(revoked).isEqualTo(mine.get(0));
        assertThat(useCases.listTokens().listTokens(Optional.empty())).extracting(s -> s.owner().asCaller())
                .containsExactly(other.caller());
        assertThat(token(user)).as("verified a moment ago: cached").isPresent();
        domain.clock().advance(TTL);
        assertThat(token(user)).isEmpty();
        assertThat(token(other)).contains(other.caller());
    }

    @Test
    void aBadOrUnknownTokenIdRevokesNothing() {
        domain.newUser();

        assertThatThrownBy(() -> useCases.revokeToken().revokeToken("abc"))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> useCases.revokeToken().revokeToken("zzzzzzzzzzzz"))
                .isInstanceOf(NotFoundException.class).hasMessage("No access token has the id zzzzzzzzzzzz");
        assertThatThrownBy(() -> useCases.listTokens().listTokens(Optional.of("nobody@example.com")))
                .isInstanceOf(NotFoundException.class);
        assertThat(useCases.listTokens().listTokens(Optional.empty())).hasSize(1);
    }

    private User addUser(AccountId account) {
        return useCases.createUser().createUser(new CreateUserCommand(account, Unique.email(), "Another", "User",
                TestDomain.PASSWORD));
    }

    private Optional<Caller> signIn(TestUser user) {
        return password(user, user.password());
    }

    private Optional<Caller> password(TestUser user, String password) {
        return useCases.authenticate().authenticate(new Credential.Password(user.email(), password));
    }

    private Optional<Caller> token(TestUser user) {
        return useCases.authenticate().authenticate(new Credential.Token(user.token()));
    }
}
