package io.contacts.persistence.jooq;

import io.contacts.domain.model.AccountId;
import io.contacts.domain.model.PageRequest;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.OrderField;
import org.jooq.ResultQuery;
import org.jooq.SelectJoinStep;
import org.jooq.TableField;
import org.jooq.impl.DSL;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Function;

/**
 * Driven adapter helper: the statements behind a table's newest-first pages and counts, one for each set of the
 * conditions a filter may add, each rendered once, on its first use: a start renders none of them (two dozen per
 * store, tens of milliseconds of a start of a few hundred), and a store that serves only v1's lists never does. A
 * page is read by descending id, after a key ({@code id < ?}: a range of the index, as cheap on the last page as on
 * the first, and blind to rows added or deleted above it) or at an offset, with a limit; a count counts what the
 * same conditions match.
 *
 * @param <T> what a row of a page is mapped to
 * @param <F> the domain's filter, whose values the conditions take
 */
final class NewestFirst<T, F> {

    /**
     * A condition a filter may add, with its one placeholder's name, and the index column it fixes, if any: a page
     * is ordered by that column too (fixed, so the order is the same) so that H2 reads the index in order.
     */
    record Filter(String placeholder, Condition condition, Optional<Field<?>> fixedIndexColumn) {
    }

    private static final String ACCOUNT = "account_id";
    private static final String LAST_ID = "last_id";
    private static final String OFFSET = "offset";
    private static final String LIMIT = "limit";

    private final Database db;
    private final Function<DSLContext, SelectJoinStep<?>> rows;
    private final TableField<?, Long> accountId;
    private final Field<Long> id;
    private final List<Filter> filters;
    private final Function<F, List<?>> values;
    private final RowMapper<T> mapper;
    /** By the set of filters applied, as the bits of the index: bit i for {@code filters.get(i)}. */
    private final AtomicReferenceArray<RenderedQuery<T>> afterKey;
    private final AtomicReferenceArray<RenderedQuery<T>> atOffset;
    private final AtomicReferenceArray<RenderedQuery<Long>> counts;

    /**
     * @param rows      the select of a page's columns from its table (and any joined), without conditions
     * @param accountId the table's account column, which leads its primary key
     * @param id        the table's id column, which ends it
     * @param values    a domain filter's value for each of {@code filters}, in their order; {@code null} where the
     *                  filter does not apply that condition
     */
    NewestFirst(Database db, Function<DSLContext, SelectJoinStep<?>> rows, TableField<?, Long> accountId,
                Field<Long> id, List<Filter> filters, Function<F, List<?>> values, RowMapper<T> mapper) {
        this.db = db;
        this.rows = rows;
        this.accountId = accountId;
        this.id = id;
        this.filters = List.copyOf(filters);
        this.values = values;
        this.mapper = mapper;
        this.afterKey = new AtomicReferenceArray<>(1 << filters.size());
        this.atOffset = new AtomicReferenceArray<>(1 << filters.size());
        this.counts = new AtomicReferenceArray<>(1 << filters.size());
    }

    /** A page's rows: at most {@code limit}, of the account's rows that the filter matches. */
    List<T> page(AccountId account, F filter, PageRequest page, int limit) {
        List<?> given = values.apply(filter);
        return db.read(dsl -> page(dsl, account.value(), given, page, limit));
    }

    /** How many of the account's rows the filter matches. */
    long count(AccountId account, F filter) {
        List<?> given = values.apply(filter);
        return db.read(dsl -> count(dsl, account.value(), given));
    }

    private List<T> page(DSLContext dsl, long account, List<?> values, PageRequest page, int limit) {
        Map<String, Object> named = named(account, values);
        int applied = applied(values);
        named.put(LIMIT, limit);
        RenderedQuery<T> query;
        if (page.lastId().isPresent()) {
            named.put(LAST_ID, page.lastId().getAsLong());
            query = rendered(afterKey, applied, render -> rows.apply(render).where(belowKey(applied))
                    .orderBy(order(applied)).limit(DSL.param(LIMIT, Integer.class)), mapper);
        } else {
            named.put(OFFSET, page.offset());
            query = rendered(atOffset, applied, render -> rows.apply(render).where(conditions(applied))
                    .orderBy(order(applied)).limit(DSL.param(LIMIT, Integer.class))
                    .offset(DSL.param(OFFSET, Long.class)), mapper);
        }
        return query.fetchList(dsl, query.inOrder(named));
    }

    private long count(DSLContext dsl, long account, List<?> values) {
        int applied = applied(values);
        RenderedQuery<Long> count = rendered(counts, applied,
                render -> render.select(DSL.count()).from(accountId.getTable()).where(conditions(applied)),
                row -> row.getLong(1));
        return count.fetchOptional(dsl, count.inOrder(named(account, values))).orElseThrow();
    }

    /** A statement rendered at its first use; two threads may both render it then, to the same SQL. */
    private <R> RenderedQuery<R> rendered(AtomicReferenceArray<RenderedQuery<R>> statements, int applied,
                                          Function<DSLContext, ResultQuery<?>> statement, RowMapper<R> rowMapper) {
        RenderedQuery<R> query = statements.get(applied);
        if (query == null) {
            query = db.render(statement, rowMapper);
            statements.set(applied, query);
        }
        return query;
    }

    private List<Condition> belowKey(int applied) {
        List<Condition> below = conditions(applied);
        below.add(id.lt(DSL.param(LAST_ID, Long.class)));
        return below;
    }

    private List<Condition> conditions(int applied) {
        List<Condition> matching = new ArrayList<>();
        matching.add(accountId.eq(DSL.param(ACCOUNT, Long.class)));
        for (int i = 0; i < filters.size(); i++) {
            if ((applied & 1 << i) != 0) {
                matching.add(filters.get(i).condition());
            }
        }
        return matching;
    }

    /** Descending by the index's columns that the conditions fix, then by id: the index read backwards. */
    private List<OrderField<?>> order(int applied) {
        List<OrderField<?>> order = new ArrayList<>();
        order.add(accountId.desc());
        for (int i = 0; i < filters.size(); i++) {
            if ((applied & 1 << i) != 0) {
                filters.get(i).fixedIndexColumn().ifPresent(column -> order.add(column.desc()));
            }
        }
        order.add(id.desc());
        return order;
    }

    private Map<String, Object> named(long account, List<?> values) {
        Map<String, Object> named = new LinkedHashMap<>();
        named.put(ACCOUNT, account);
        for (int i = 0; i < filters.size(); i++) {
            if (values.get(i) != null) {
                named.put(filters.get(i).placeholder(), values.get(i));
            }
        }
        return named;
    }

    private int applied(List<?> values) {
        if (values.size() != filters.size()) {
            throw new IllegalArgumentException(values.size() + " values for " + filters.size() + " filters");
        }
        int applied = 0;
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i) != null) {
                applied |= 1 << i;
            }
        }
        return applied;
    }
}
