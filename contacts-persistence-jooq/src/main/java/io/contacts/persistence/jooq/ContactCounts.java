package io.contacts.persistence.jooq;

import io.contacts.domain.model.AccountId;
import io.contacts.persistence.jooq.schema.tables.records.ContactCountsRecord;
import org.jooq.CommonTableExpression;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record1;
import org.jooq.UpdateConditionStep;
import org.jooq.impl.DSL;

import java.math.BigDecimal;
import java.util.OptionalLong;
import java.util.stream.IntStream;

import static io.contacts.persistence.jooq.schema.Tables.CONTACT_COUNTS;

/**
 * Driven adapter helper: an account's number of contacts, kept in {@value #SLOTS} rows of {@code contact_counts} that
 * each added or deleted contact changes one of ({@link #slot}), so that concurrent writes of an account seldom wait
 * for the same row (the V3 script says why). On PostgreSQL the change rides in the write's own statement as a
 * data-changing {@code WITH} ({@link #counting}); on H2 it is a statement of the write's transaction ({@link #change}).
 */
final class ContactCounts {

    /** The slots an account's count is spread over; the V3 script's check constraint allows exactly these. */
    static final int SLOTS = 16;

    private static final String DELTA = "delta";

    /** The change of one slot by a delta. */
    private final RenderedQuery<Integer> change;
    /** An account's slots: how many there are and their sum. */
    private final RenderedQuery<long[]> total;
    private final boolean inStatement;

    ContactCounts(Database db) {
        this.change = db.render(dsl -> slotChange(dsl).returningResult(CONTACT_COUNTS.SLOT), row -> row.getInt(1));
        this.total = db.render(dsl -> dsl.select(DSL.count(),
                                DSL.coalesce(DSL.sum(CONTACT_COUNTS.CONTACTS), DSL.inline(BigDecimal.ZERO)))
                        .from(CONTACT_COUNTS).where(CONTACT_COUNTS.ACCOUNT_ID.eq(DSL.param("account_id", 0L))),
                row -> new long[] {row.getLong(1), row.getLong(2)});
        this.inStatement = db.dialect().changesDataInWith();
    }

    /** True where a write's statement counts itself ({@link #counting}); false where it calls {@link #change}. */
    boolean inStatement() {
        return inStatement;
    }

    /**
     * The slot a write changes: the writing thread's, so that concurrent writers (each on its own worker thread)
     * spread over the slots, while a unit of several writes, which runs on one thread, holds one slot's row at most
     * and so can never wait for another unit's in a cycle.
     */
    @SuppressWarnings("deprecation") // Thread.threadId() is Java 19+; this is compiled for Java 17
    static int slot() {
        return (int) Math.floorMod(Thread.currentThread().getId(), (long) SLOTS);
    }

    /**
     * The change of a slot, where {@code onlyIf} holds, as a common table expression named {@code name}: for a
     * statement that changes a contact and counts it at once. Its placeholders take {@link #values}.
     */
    static CommonTableExpression<Record1<Integer>> counting(DSLContext dsl, String name, Condition onlyIf) {
        return DSL.name(name).as(slotChange(dsl).and(onlyIf).returningResult(CONTACT_COUNTS.SLOT));
    }

    /** Adds {@code delta} to one of the account's slots, in the thread's unit (where the write is not in one statement). */
    void change(DSLContext dsl, AccountId account, int slot, long delta) {
        change.fetchOptional(dsl, values(account, slot, delta));
    }

    /** The values of a slot change's placeholders, in their order. */
    static Object[] values(AccountId account, int slot, long delta) {
        return new Object[] {delta, account.value(), slot};
    }

    /** The account's number of contacts; empty when its slots are not all there, and only counting tells. */
    OptionalLong total(DSLContext dsl, AccountId account) {
        long[] slotsAndSum = total.fetchOptional(dsl, account.value()).orElseThrow();
        return slotsAndSum[0] == SLOTS ? OptionalLong.of(slotsAndSum[1]) : OptionalLong.empty();
    }

    /** Gives a new account its slots, each at zero, in the unit that creates the account. */
    static void open(DSLContext dsl, long account) {
        var rows = dsl.insertInto(CONTACT_COUNTS, CONTACT_COUNTS.ACCOUNT_ID, CONTACT_COUNTS.SLOT, CONTACT_COUNTS.CONTACTS);
        IntStream.range(0, SLOTS).forEach(slot -> rows.values(account, slot, 0L));
        rows.execute();
    }

    /** {@code contacts = contacts + delta} in one slot of one account. */
    private static UpdateConditionStep<ContactCountsRecord> slotChange(DSLContext dsl) {
        return dsl.update(CONTACT_COUNTS)
                .set(CONTACT_COUNTS.CONTACTS, CONTACT_COUNTS.CONTACTS.plus(DSL.param(DELTA, Long.class)))
                .where(CONTACT_COUNTS.ACCOUNT_ID.eq(DSL.param("account_id", Long.class)),
                        CONTACT_COUNTS.SLOT.eq(DSL.param("slot", Integer.class)));
    }
}
