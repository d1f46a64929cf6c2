package io.contacts.domain.service;

import io.contacts.domain.model.Account;
import io.contacts.domain.model.AccountId;
import io.contacts.domain.model.Caller;
import io.contacts.domain.model.DuplicateEmailException;
import io.contacts.domain.model.Field;
import io.contacts.domain.model.NotFoundException;
import io.contacts.domain.model.User;
import io.contacts.domain.model.UserFields;
import io.contacts.domain.model.ValidationException;
import io.contacts.domain.port.in.BootstrapCommand;
import io.contacts.domain.port.in.BootstrapLogin;
import io.contacts.domain.port.in.BootstrapUseCase;
import io.contacts.domain.port.in.CreateAccountUseCase;
import io.contacts.domain.port.in.CreateUserCommand;
import io.contacts.domain.port.in.CreateUserUseCase;
import io.contacts.domain.port.in.IssueTokenUseCase;
import io.contacts.domain.port.in.IssuedToken;
import io.contacts.domain.port.in.ListAccountsQuery;
import io.contacts.domain.port.in.RenameAccountUseCase;
import io.contacts.domain.port.out.AccessTokens;
import io.contacts.domain.port.out.Accounts;
import io.contacts.domain.port.out.Secrets;
import io.contacts.domain.port.out.Transactions;
import io.contacts.domain.port.out.Users;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** Use cases of administration: accounts, new users and tokens, and the first start's bootstrap. */
final class AdministrationService implements CreateAccountUseCase, CreateUserUseCase, IssueTokenUseCase,
        BootstrapUseCase, ListAccountsQuery, RenameAccountUseCase {

    static final String BOOTSTRAP_ACCOUNT = "My Company";
    static final String BOOTSTRAP_EMAIL = "admin@example.com";

    private final Accounts accounts;
    private final Users users;
    private final AccessTokens accessTokens;
    private final Transactions transactions;
    private final Secrets secrets;
    private final Timestamps time;
    private final UserValidator userValidator;

    AdministrationService(Accounts accounts, Users users, AccessTokens accessTokens,
                                 Transactions transactions, Secrets secrets, Clock clock) {
        this.accounts = accounts;
        this.users = users;
        this.accessTokens = accessTokens;
        this.transactions = transactions;
        this.secrets = secrets;
        this.time = new Timestamps(clock);
        this.userValidator = new UserValidator(users);
    }

    @Override
    public Account createAccount(String name) {
        return accounts.add(validName(name), time.now());
    }

    @Override
    public List<Account> listAccounts() {
        return accounts.list();
    }

    @Override
    public Account renameAccount(AccountId id, String name) {
        if (!accounts.rename(id, validName(name))) {
            throw NotFoundException.account(id);
        }
        return accounts.find(id).orElseThrow(() -> NotFoundException.account(id));
    }

    @Override
    public User createUser(CreateUserCommand command) {
        UserFields fields = userValidator.validate(command.email(), command.firstName(), command.lastName(),
                command.password());
        // Hash before the transaction: the slow part must not hold a connection and its locks.
        String hash = secrets.hashPassword(command.password());
        return transactions.inTransaction(() -> {
            accounts.find(command.account()).orElseThrow(() -> NotFoundException.account(command.account()));
            return addUser(command.account(), fields, hash);
        });
    }

    @Override
    public IssuedToken issueToken(String email) {
        Caller owner = Logins.find(users, email).user().asCaller();
        String token = secrets.newToken();
        accessTokens.add(owner, secrets.digestToken(token), time.now());
        return new IssuedToken(owner, token);
    }

    @Override
    public Optional<BootstrapLogin> bootstrap(BootstrapCommand command) {
        if (!accounts.isEmpty()) {
            return Optional.empty();
        }
        boolean generated = command.password().isEmpty();
        String password = command.password().orElseGet(secrets::newToken);
        UserFields fields = userValidator.validate(command.email().orElse(BOOTSTRAP_EMAIL), "Admin", "User",
                password);
        String hash = secrets.hashPassword(password);
        return transactions.inTransaction(() -> {
            if (!accounts.isEmptyForFirstAccount()) {
                return Optional.empty(); // another process bootstrapped meanwhile
            }
            Account account = accounts.add(BOOTSTRAP_ACCOUNT, time.now());
            User user = addUser(account.id(), fields, hash);
            return Optional.of(new BootstrapLogin(account, user, password, generated));
        });
    }

    /** An account's name, stripped, or every reason it is not one. */
    private static String validName(String name) {
        Problems problems = new Problems();
        Optional<String> valid = problems.requiredText("Name", Field.ofNullable(name), Optional.empty());
        problems.throwIfAny();
        return valid.orElseThrow();
    }

    private User addUser(AccountId account, UserFields fields, String hash) {
        try {
            return users.add(account, fields, hash, time.now());
        } catch (DuplicateEmailException e) {
            throw ValidationException.of(UserValidator.EMAIL_TAKEN);
        }
    }
}
