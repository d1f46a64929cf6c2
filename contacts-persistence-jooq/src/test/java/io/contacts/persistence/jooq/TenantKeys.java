package io.contacts.persistence.jooq;

import org.jooq.DDLQuery;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.ForeignKey;
import org.jooq.Index;
import org.jooq.Meta;
import org.jooq.Named;
import org.jooq.Query;
import org.jooq.SQLDialect;
import org.jooq.SortField;
import org.jooq.Table;
import org.jooq.UniqueKey;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Test helper: reads a schema from migration scripts with jOOQ's parser and names every key of a tenant-owned table
 * that does not lead with {@code account_id} — the property that lets each table be distributed by account.
 *
 * <p>A table with an {@code account_id} column is tenant-owned. A table without one must be named as global, so that
 * a new tenant table cannot pass by lacking the column. A key named as an exception is not reported.
 */
final class TenantKeys {

    static final String TENANT_COLUMN = "account_id";

    /** The tenant root: keys that refer to an account lead with its id. */
    private static final String ACCOUNTS = "accounts";

    private final Map<String, String> globalTables;
    private final Map<String, String> exceptions;

    /**
     * @param globalTables tables without {@code account_id}, by name, each with the reason it has no tenant
     * @param exceptions keys excused from the rule, as {@code table.constraint}, each with the reason
     */
    TenantKeys(Map<String, String> globalTables, Map<String, String> exceptions) {
        this.globalTables = Map.copyOf(globalTables);
        this.exceptions = Map.copyOf(exceptions);
    }

    /** The schema the scripts leave, replayed in order, as the build's code generation replays them. */
    static Meta schema(List<String> scripts) {
        // The same fences the build's DDLDatabase honours: a vendor-only statement can be hidden from jOOQ.
        DSLContext dsl = DSL.using(SQLDialect.POSTGRES, new Settings().withParseIgnoreComments(true));
        List<Query> ddl = new ArrayList<>();
        for (String script : scripts) {
            for (Query query : dsl.parser().parse(script)) {
                // Data statements (a back-fill) change no key, and the interpreter only models definitions.
                if (query instanceof DDLQuery) {
                    ddl.add(query);
                }
            }
        }
        return dsl.meta(ddl.toArray(Query[]::new));
    }

    /** One line per offence, naming the table, the key and its columns; empty when every key leads with the tenant. */
    List<String> violations(Meta schema) {
        List<String> found = new ArrayList<>();
        for (Table<?> table : schema.getTables()) {
            String name = name(table);
            if (!isTenantOwned(table)) {
                checkGlobal(found, name, table);
                continue;
            }
            if (table.getPrimaryKey() != null) {
                check(found, name, "primary key", table.getPrimaryKey().getName(), table.getPrimaryKey().getFields());
            }
            for (UniqueKey<?> unique : table.getUniqueKeys()) {
                check(found, name, "unique constraint", unique.getName(), unique.getFields());
            }
            for (Index index : table.getIndexes()) {
                // A unique index is a unique key in all but name: a sharded database refuses it the same way.
                if (index.getUnique()) {
                    check(found, name, "unique index", index.getName(),
                            index.getFields().stream().map(SortField::$field).toList());
                }
            }
            for (ForeignKey<?, ?> reference : table.getReferences()) {
                checkReference(found, name, reference);
            }
        }
        return found;
    }

    /** Every exception that names no key of the schema: a stale one would excuse a future key of that name. */
    List<String> unusedExceptions(Meta schema) {
        List<String> keys = new ArrayList<>();
        for (Table<?> table : schema.getTables()) {
            String name = name(table);
            if (table.getPrimaryKey() != null) {
                keys.add(name + "." + name(table.getPrimaryKey()));
            }
            table.getUniqueKeys().forEach(key -> keys.add(name + "." + name(key)));
            table.getIndexes().forEach(index -> keys.add(name + "." + name(index)));
            table.getReferences().forEach(reference -> keys.add(name + "." + name(reference)));
        }
        return exceptions.keySet().stream().filter(key -> !keys.contains(key)).sorted().toList();
    }

    /**
     * A table without the tenant column must be listed, and must not refer to tenant-owned rows: it would have to
     * reach every account's shard.
     */
    private void checkGlobal(List<String> found, String name, Table<?> table) {
        if (!globalTables.containsKey(name)) {
            found.add(name + ": has no " + TENANT_COLUMN + " column and is not listed as a global table");
        }
        for (ForeignKey<?, ?> reference : table.getReferences()) {
            Table<?> target = reference.getKey().getTable();
            if (isTenantOwned(target)) {
                found.add(name + ": foreign key " + shown(reference.getName()) + " " + columns(reference.getFields())
                        + " refers from a global table to tenant-owned " + name(target));
            }
        }
    }

    private void check(List<String> found, String table, String kind, String key, List<? extends Field<?>> fields) {
        if (!leadsWithTenant(fields) && !excused(table, key)) {
            found.add(table + ": " + kind + " " + shown(key) + " " + columns(fields)
                    + " does not lead with " + TENANT_COLUMN);
        }
    }

    /**
     * A reference leads with {@code account_id} and that column meets the account on the other side: the referred
     * table's {@code account_id}, or the id of {@code accounts} itself. Rows then refer only within one account.
     */
    private void checkReference(List<String> found, String table, ForeignKey<?, ?> reference) {
        String key = name(reference);
        if (excused(table, key)) {
            return;
        }
        List<? extends Field<?>> fields = reference.getFields();
        List<? extends Field<?>> referred = reference.getKeyFields();
        String target = name(reference.getKey().getTable());
        String expected = ACCOUNTS.equals(target) ? "id" : TENANT_COLUMN;
        String described = table + ": foreign key " + shown(key) + " " + columns(fields) + " to " + target
                + " " + columns(referred);
        if (!leadsWithTenant(fields)) {
            found.add(described + " does not lead with " + TENANT_COLUMN);
        } else if (!expected.equals(name(referred.get(0)))) {
            found.add(described + " does not meet " + TENANT_COLUMN + " with " + target + "." + expected);
        }
    }

    private boolean excused(String table, String key) {
        return exceptions.containsKey(table + "." + lower(key));
    }

    /** Compared by name as folded, not by jOOQ's lookup, so that the script's spelling of the column cannot matter. */
    private static boolean isTenantOwned(Table<?> table) {
        return Arrays.stream(table.fields()).anyMatch(field -> TENANT_COLUMN.equals(name(field)));
    }

    private static boolean leadsWithTenant(List<? extends Field<?>> fields) {
        return !fields.isEmpty() && TENANT_COLUMN.equals(name(fields.get(0)));
    }

    private static String columns(List<? extends Field<?>> fields) {
        return fields.stream().map(TenantKeys::name).collect(Collectors.joining(", ", "(", ")"));
    }

    /** Unquoted names in the scripts are case-insensitive, and are compared as PostgreSQL folds them. */
    private static String name(Named named) {
        return lower(named.getName());
    }

    /** An unnamed key is shown as such: it can never be excused, since an exception names its key. */
    private static String shown(String key) {
        return key == null || key.isEmpty() ? "(unnamed)" : lower(key);
    }

    private static String lower(String name) {
        return name == null ? "" : name.toLowerCase(Locale.ROOT);
    }
}
