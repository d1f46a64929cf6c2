package io.contacts.persistence.jooq;

import java.time.Duration;
import java.util.Optional;

/**
 * Driven adapter helper: the {@code tallies} table on PostgreSQL, where the nodes sharing a database count events per
 * key and fixed window, by the database's clock. Each statement runs on a connection of its own and commits without
 * waiting for the disk: a count lost in a crash only restarts a window, and the same commit must never relax a
 * caller's write (so it never joins the thread's transaction).
 */
final class TallyTable {

    /**
     * Takes up to the asked number of events from the key's open window without passing its most, or opens a window
     * with them when none is open; one statement, one round trip.
     */
    private static final String TAKE = """
            with asked as (
                select cast(? as varchar) as tally_key, cast(? as integer) as wanted, cast(? as integer) as most,
                       cast(? as bigint) * interval '1 millisecond' as length,
                       set_config('synchronous_commit', 'off', true) as relaxed
            )
            insert into tallies as t (tally_key, ends_at, events, granted, last_counted_at)
            select tally_key, now() + length, least(wanted, most), least(wanted, most), now() from asked
            on conflict (tally_key) do update set
                ends_at = case when t.ends_at <= now() then excluded.ends_at else t.ends_at end,
                granted = case when t.ends_at <= now() then excluded.granted
                    else greatest(0, least((select wanted from asked), (select most from asked) - t.events)) end,
                events = case when t.ends_at <= now() then excluded.events
                    else t.events + greatest(0, least((select wanted from asked), (select most from asked) - t.events))
                    end,
                last_counted_at = now()
            returning granted, events, cast(extract(epoch from ends_at - now()) * 1000 as bigint),
                cast(extract(epoch from now() - last_counted_at) * 1000 as bigint)""";
    private static final String READ = """
            select 0, events, cast(extract(epoch from ends_at - now()) * 1000 as bigint),
                cast(extract(epoch from now() - last_counted_at) * 1000 as bigint)
            from tallies where tally_key = ?""";
    private static final String CLEAR = "delete from tallies where tally_key = ?";
    private static final String SWEEP = """
            delete from tallies where ends_at < now() - cast(? as bigint) * interval '1 millisecond'""";

    private final Database db;
    private final RenderedQuery<Taken> take;
    private final RenderedQuery<Taken> read;

    TallyTable(Database db) {
        this.db = db;
        RowMapper<Taken> taken = row -> new Taken(row.getInt(1), row.getInt(2), row.getLong(3), row.getLong(4));
        // Rendered once, as the hot statements are: jOOQ's templating of the text on each call doubled a take's cost
        // to the calling thread (docs/performance.md, "Shared limits").
        this.take = db.render(dsl -> dsl.resultQuery(TAKE, "", 0, 0, 0L), taken);
        this.read = db.render(dsl -> dsl.resultQuery(READ, ""), taken);
    }

    /** Takes up to {@code wanted} events of the key's window (a new one of {@code length} when none is open). */
    Taken take(String key, int wanted, int most, Duration length) {
        return db.alone(dsl -> take.fetchOptional(dsl, key, wanted, most, length.toMillis())).orElseThrow();
    }

    /** The key's latest window, open or ended. */
    Optional<Taken> read(String key) {
        return db.alone(dsl -> read.fetchOptional(dsl, key));
    }

    void clear(String key) {
        db.alone(dsl -> dsl.query(CLEAR, key).execute());
    }

    /** Deletes the windows ended more than {@code ago}: a login tried once is not kept for ever. */
    int sweep(Duration ago) {
        return db.alone(dsl -> dsl.query(SWEEP, ago.toMillis()).execute());
    }

    /**
     * What a statement found: the events it took, the window's events after it, and, by the database's clock, how
     * long until the window ends and since an event was last taken.
     */
    record Taken(int granted, int events, long millisLeft, long millisSinceCounted) {
    }
}
