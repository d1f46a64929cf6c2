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
import io.contacts.domain.port.in.SignInPolicy;
import io.contacts.domain.port.in.WhoAmIQuery;
import io.contacts.domain.port.out.AccessTokens;
import io.contacts.domain.port.out.Accounts;
import io.contacts.domain.port.out.Secrets;
import io.contacts.domain.port.out.Tallies;
import io.contacts.domain.port.out.Users;

import java.time.Clock;
import java.util.Optional;

/**
 * Use cases of identity: prove a credential, and tell a caller who it is. Proving applies the sign-in policy
 * itself, so that every transport gets it: a credential verified a moment ago is trusted for a while
 * ({@link CredentialCache}), and a login with too many failed passwords is braked ({@link SignInBrake}) — unless
 * it was verified a moment ago, so a user's running clients keep working while someone guesses at the password.
 */
final class AuthenticationService implements AuthenticateUseCase, WhoAmIQuery {

    private final Accounts accounts;
    private final Users users;
    private final AccessTokens accessTokens;
    private final Secrets secrets;
    private final DecoyHash decoy;
    private final CredentialCache verified;
    private final SignInBrake brake;

    AuthenticationService(Accounts accounts, Users users, AccessTokens accessTokens, Secrets secrets,
                          Tallies tallies, Clock clock, SignInPolicy policy) {
        this.accounts = accounts;
        this.users = users;
        this.accessTokens = accessTokens;
        this.secrets = secrets;
        this.decoy = new DecoyHash(secrets);
        this.verified = new CredentialCache(policy.credentialTtl(), clock);
        this.brake = new SignInBrake(policy, clock, tallies);
    }

    @Override
    public Optional<Caller> authenticate(Credential credential) {
        return verified.resolve(cacheKey(credential), () -> verify(credential));
    }

    private Optional<Caller> verify(Credential credential) {
        if (credential instanceof Credential.Token token) {
            return accessTokens.findByDigest(secrets.digestToken(token.token()));
        }
        Credential.Password password = (Credential.Password) credential;
        brake.check(password.email());
        Optional<Caller> caller = verifyPassword(password);
        if (caller.isPresent()) {
            brake.succeeded(password.email());
        } else {
            brake.failed(password.email());
        }
        return caller;
    }

    private Optional<Caller> verifyPassword(Credential.Password password) {
        Optional<Login> login = EmailAddress.parse(password.email().strip())
                .flatMap(email -> users.findLogin(email.lowerCased()));
        // An unknown e-mail costs the same slow hash as a wrong password: timing tells no one who has an account.
        String hash = login.map(Login::passwordHash).orElseGet(decoy::get);
        boolean matches = secrets.verifyPassword(password.password(), hash);
        return login.filter(found -> matches).map(found -> found.user().asCaller());
    }

    /** The digest of the full credential; the e-mail's length is part of it, so no two credentials share a key. */
    private String cacheKey(Credential credential) {
        if (credential instanceof Credential.Password password) {
            return secrets.digestToken("password:" + password.email().length() + ":" + password.email()
                    + password.password());
        }
        return secrets.digestToken("token:" + ((Credential.Token) credential).token());
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
