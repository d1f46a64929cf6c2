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

    private static UserFields fields(String email) {
        return new UserFields(EmailAddress.of(email), "Ada", "Lovelace");
    }
}
