package io.contacts.domain.service;

import io.contacts.domain.model.Account;
import io.contacts.domain.model.Caller;
import io.contacts.domain.model.EmailAddress;
import io.contacts.domain.model.Identity;
import io.contacts.domain.model.Login;
import io.contacts.domain.model.NotFoundException;
import io.contacts.domain.model.User;
import io.contacts.domain.port.in.AuthenticateUseCase;
import io.contacts.domain.port.in.Credential;
import io.contacts.domain.port.in.WhoAmIQuery;
import io.contacts.domain.port.out.AccessTokens;
import io.contacts.domain.port.out.Accounts;
import io.contacts.domain.port.out.Secrets;
import io.contacts.domain.port.out.Users;

import java.util.Optional;

/** Use cases of identity: prove a credential, and tell a caller who it is. */
public final class AuthenticationService implements AuthenticateUseCase, WhoAmIQuery {

    private final Accounts accounts;
    private final Users users;
    private final AccessTokens accessTokens;
    private final Secrets secrets;
    private final DecoyHash decoy;

    public AuthenticationService(Accounts accounts, Users users, AccessTokens accessTokens, Secrets secrets) {
        this.accounts = accounts;
        this.users = users;
        this.accessTokens = accessTokens;
        this.secrets = secrets;
        this.decoy = new DecoyHash(secrets);
    }

    @Override
    public Optional<Caller> authenticate(Credential credential) {
        if (credential instanceof Credential.Token token) {
            return accessTokens.findByDigest(secrets.digestToken(token.token()));
        }
        Credential.Password password = (Credential.Password) credential;
        Optional<Login> login = EmailAddress.parse(password.email().strip())
                .flatMap(email -> users.findLogin(email.lowerCased()));
        // An unknown e-mail costs the same slow hash as a wrong password: timing tells no one who has an account.
        String hash = login.map(Login::passwordHash).orElseGet(decoy::get);
        boolean matches = secrets.verifyPassword(password.password(), hash);
        return login.filter(found -> matches).map(found -> found.user().asCaller());
    }

    @Override
    public Identity whoAmI(Caller caller) {
        Account account = accounts.find(caller.accountId())
                .orElseThrow(() -> NotFoundException.account(caller.accountId()));
        User user = users.find(caller.accountId(), caller.userId())
                .orElseThrow(() -> NotFoundException.user(caller.userId()));
        return new Identity(account, user);
    }
}
