package io.contacts.domain.contract;

import io.contacts.domain.model.AccountId;
import io.contacts.domain.model.DuplicateEmailException;
import io.contacts.domain.model.EmailAddress;
import io.contacts.domain.model.Login;
import io.contacts.domain.model.User;
import io.contacts.domain.model.UserFields;
import io.contacts.domain.model.UserId;
import io.contacts.domain.port.out.Users;
import io.contacts.domain.testdata.Unique;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Contract of the {@link Users} port: what every store must do, checked against the store a subclass gives. */
public abstract class UsersContract extends StoreContract {

    private static final String HASH = "pbkdf2-sha256$1000$c2FsdA$aGFzaA";

    private Users users;
    private AccountId account;

    @BeforeEach
    void anAccount() {
        users = stores.users();
        account = newAccount();
    }

    @Test
    void addAssignsAnIdAndKeepsTheFieldsAndHash() {
        UserFields fields = fields(Unique.email());

        User added = users.add(account, fields, HASH, T0);

        assertThat(added).isEqualTo(new User(added.id(), account, fields, T0));
        assertThat(users.find(account, added.id())).contains(added);
        assertThat(users.findLogin(fields.email())).contains(new Login(added, HASH));
    }

    @Test
    void aUserOfAnotherAccountIsNotFound() {
        User added = users.add(account, fields(Unique.email()), HASH, T0);

        assertThat(users.find(newAccount(), added.id())).isEmpty();
        assertThat(users.find(account, UserId.of(Long.MAX_VALUE))).isEmpty();
    }

    @Test
    void anEmailSignsInOneUserAcrossAllAccounts() {
        String email = Unique.email();
        users.add(account, fields(email), HASH, T0);

        assertThatThrownBy(() -> users.add(account, fields(email), HASH, T0))
                .isInstanceOf(DuplicateEmailException.class);
        assertThatThrownBy(() -> users.add(newAccount(), fields(email), HASH, T0))
                .isInstanceOf(DuplicateEmailException.class);
    }

    @Test
    void anUnknownEmailHasNoLogin() {
        assertThat(users.findLogin(EmailAddress.of(Unique.email()))).isEmpty();
    }

    @Test
    void listHoldsTheAccountsUsersInIdOrderAndNoOthers() {
        User first = users.add(account, fields(Unique.email()), HASH, T0);
        User second = users.add(account, fields(Unique.email()), HASH, T0);
        users.add(newAccount(), fields(Unique.email()), HASH, T0);

        assertThat(users.list(account)).containsExactly(first, second);
        assertThat(users.list(newAccount())).isEmpty();
    }

    @Test
    void aDeletedUserIsGoneAndItsLoginFree() {
        User kept = users.add(account, fields(Unique.email()), HASH, T0);
        User deleted = users.add(account, fields(Unique.email()), HASH, T0);

        assertThat(users.delete(account, deleted.id())).isTrue();

        assertThat(users.find(account, deleted.id())).isEmpty();
        assertThat(users.findLogin(deleted.email())).isEmpty();
        assertThat(users.list(account)).containsExactly(kept);
        assertThat(users.add(account, deleted.fields(), HASH, T0).email()).isEqualTo(deleted.email());
    }

    @Test
    void deleteFindsNoUserOfAnotherAccountOrUnknown() {
        User added = users.add(account, fields(Unique.email()), HASH, T0);

        assertThat(users.delete(newAccount(), added.id())).isFalse();
        assertThat(users.delete(account, UserId.of(Long.MAX_VALUE))).isFalse();
        assertThat(users.find(account, added.id())).contains(added);
    }

    @Test
    void aChangedPasswordHashIsTheOneALoginCarries() {
        User added = users.add(account, fields(Unique.email()), HASH, T0);
        User other = users.add(account, fields(Unique.email()), HASH, T0);

        assertThat(users.changePasswordHash(account, added.id(), "another-hash")).isTrue();

        assertThat(users.findLogin(added.email())).contains(new Login(added, "another-hash"));
        assertThat(users.findLogin(other.email())).contains(new Login(other, HASH));
    }

    @Test
    void changingThePasswordOfNoSuchUserChangesNothing() {
        User added = users.add(account, fields(Unique.email()), HASH, T0);

        assertThat(users.changePasswordHash(newAccount(), added.id(), "another-hash")).isFalse();
        assertThat(users.changePasswordHash(account, UserId.of(Long.MAX_VALUE), "another-hash")).isFalse();
        assertThat(users.findLogin(added.email())).contains(new Login(added, HASH));
    }

    private static UserFields fields(String email) {
        return new UserFields(EmailAddress.of(email), "Ada", "Lovelace");
    }
}
