package io.contacts.domain.service;

import io.contacts.domain.model.AccessToken;
import io.contacts.domain.model.AccountId;
import io.contacts.domain.model.Caller;
import io.contacts.domain.model.NotFoundException;
import io.contacts.domain.model.User;
import io.contacts.domain.model.ValidationException;
import io.contacts.domain.port.in.DeleteUserUseCase;
import io.contacts.domain.port.in.DeletedUser;
import io.contacts.domain.port.in.ListTokensQuery;
import io.contacts.domain.port.in.ListUsersQuery;
import io.contacts.domain.port.in.ResetPasswordUseCase;
import io.contacts.domain.port.in.RevokeTokenUseCase;
import io.contacts.domain.port.in.TokenSummary;
import io.contacts.domain.port.out.AccessTokens;
import io.contacts.domain.port.out.Accounts;
import io.contacts.domain.port.out.Secrets;
import io.contacts.domain.port.out.Transactions;
import io.contacts.domain.port.out.Users;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Use cases of administration on existing users and their tokens: list them, delete a user, reset a password,
 * revoke a token. What these take away stops working at once for a credential verified from now on; one the
 * running service verified a moment ago works until its credential cache lets it go ({@link CredentialCache}).
 */
final class UserAdministrationService implements ListUsersQuery, DeleteUserUseCase, ResetPasswordUseCase,
        ListTokensQuery, RevokeTokenUseCase {

    private final Accounts accounts;
    private final Users users;
    private final AccessTokens accessTokens;
    private final Transactions transactions;
    private final Secrets secrets;

    UserAdministrationService(Accounts accounts, Users users, AccessTokens accessTokens, Transactions transactions,
                              Secrets secrets) {
        this.accounts = accounts;
        this.users = users;
        this.accessTokens = accessTokens;
        this.transactions = transactions;
        this.secrets = secrets;
    }

    @Override
    public List<User> listUsers(Optional<AccountId> account) {
        if (account.isPresent()) {
            AccountId id = account.get();
            accounts.find(id).orElseThrow(() -> NotFoundException.account(id));
            return users.list(id);
        }
        return accounts.list().stream().flatMap(each -> users.list(each.id()).stream()).toList();
    }

    @Override
    public DeletedUser deleteUser(String email) {
        User user = Logins.find(users, email).user();
        return transactions.inTransaction(() -> {
            // Tokens first: each names its owner, and a token must never outlive the user it signs in.
            int revoked = accessTokens.removeAllOf(user.asCaller());
            if (!users.delete(user.accountId(), user.id())) {
                throw NotFoundException.userWithEmail(email); // deleted meanwhile by another administrator
            }
            return new DeletedUser(user, revoked, !users.list(user.accountId()).isEmpty());
        });
    }

    @Override
    public User resetPassword(String email, String newPassword) {
        UserValidator.validatePassword(newPassword);
        User user = Logins.find(users, email).user();
        // Hashed outside any transaction: the slow part must not hold a connection.
        String hash = secrets.hashPassword(newPassword);
        if (!users.changePasswordHash(user.accountId(), user.id(), hash)) {
            throw NotFoundException.userWithEmail(email);
        }
        return user;
    }

    @Override
    public List<TokenSummary> listTokens(Optional<String> ownerEmail) {
        Optional<Caller> owner = ownerEmail.map(email -> Logins.find(users, email).user().asCaller());
        Map<Caller, Optional<User>> owners = new HashMap<>();
        return accessTokens.list().stream()
                .filter(token -> owner.isEmpty() || owner.get().equals(token.owner()))
                .flatMap(token -> summary(token, owners).stream())
                .toList();
    }

    @Override
    public TokenSummary revokeToken(String id) {
        String wanted = id.strip();
        if (wanted.length() < TokenSummary.ID_LENGTH) {
            throw ValidationException.of("A token id has " + TokenSummary.ID_LENGTH + " characters, as listed: '"
                    + wanted + "' is not one");
        }
        List<AccessToken> matching = accessTokens.list().stream()
                .filter(token -> token.digest().startsWith(wanted))
                .toList();
        if (matching.size() > 1) {
            throw ValidationException.of(matching.size() + " tokens have the id " + wanted + "; none was revoked");
        }
        AccessToken token = matching.stream().findFirst().orElseThrow(() -> NotFoundException.tokenWithId(wanted));
        TokenSummary revoked = summary(token, new HashMap<>())
                .orElseThrow(() -> NotFoundException.tokenWithId(wanted));
        if (!accessTokens.remove(token.digest())) {
            throw NotFoundException.tokenWithId(wanted); // revoked meanwhile by another administrator
        }
        return revoked;
    }

    /** The token with its owner, looked up once per owner; none if the owner went meanwhile (with its tokens). */
    private Optional<TokenSummary> summary(AccessToken token, Map<Caller, Optional<User>> owners) {
        Caller caller = token.owner();
        return owners.computeIfAbsent(caller, key -> users.find(key.accountId(), key.userId()))
                .map(user -> new TokenSummary(idOf(token), user, token.createdAt()));
    }

    private static String idOf(AccessToken token) {
        String digest = token.digest();
        return digest.substring(0, Math.min(TokenSummary.ID_LENGTH, digest.length()));
    }
}
