package io.contacts.http.undertow.v1.representation;

import io.contacts.domain.model.Account;
import io.contacts.domain.model.User;
import io.contacts.http.undertow.security.RateLimitStatus;
import io.contacts.http.undertow.web.WireValues;

import java.util.List;

import static io.contacts.http.undertow.v1.representation.WireType.DATETIME;
import static io.contacts.http.undertow.v1.representation.WireType.INTEGER;
import static io.contacts.http.undertow.v1.representation.WireType.OPTIONAL_DATETIME;
import static io.contacts.http.undertow.v1.representation.WireType.TEXT;

/**
 * Driving adapter vocabulary: the members of the account's own documents — who_am_i's {@code company} and
 * {@code user}, and rate_limit_status — a subset of Harvest v1's fields this service has, in its order.
 */
public final class AccountMembers {

    public static final List<Member<Account>> COMPANY = List.of(
            Member.of("id", WireType.ID, account -> Long.toString(account.id().value())),
            Member.of("name", TEXT, Account::name),
            Member.of("created-at", DATETIME, account -> WireValues.timestamp(account.createdAt())));

    public static final List<Member<User>> USER = List.of(
            Member.of("id", WireType.ID, user -> Long.toString(user.id().value())),
            Member.of("email", TEXT, user -> user.email().value()),
            Member.of("first-name", TEXT, user -> user.fields().firstName()),
            Member.of("last-name", TEXT, user -> user.fields().lastName()),
            Member.of("created-at", DATETIME, user -> WireValues.timestamp(user.createdAt())));

    public static final List<Member<RateLimitStatus>> RATE_LIMIT_STATUS = List.of(
            Member.of("last-access-at", OPTIONAL_DATETIME,
                    status -> status.lastAccessAt().map(WireValues::timestamp).orElse(null)),
            Member.of("count", INTEGER, status -> Integer.toString(status.count())),
            Member.of("timeframe-limit", INTEGER, status -> Long.toString(status.timeframeSeconds())),
            Member.of("max-calls", INTEGER, status -> Integer.toString(status.maxCalls())),
            Member.of("lockout-seconds", INTEGER, status -> Long.toString(status.lockoutSeconds())));

    private AccountMembers() {
    }
}
