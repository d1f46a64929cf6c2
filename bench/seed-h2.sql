-- Seeds the benchmark's account on the embedded H2 store: the same data as seed.sql (PostgreSQL), in H2's SQL.
-- Run by bench/run.sh with org.h2.tools.RunScript (the jar holds H2), after a header that sets the session
-- variables @account (an id the app's CLI created), @clients, @contacts and @small (rows of the first client).
-- The first client gets exactly @small contacts; the others are spread evenly over the remaining clients. Ids
-- come from the identity columns, so the app's later inserts continue after them.
--
-- Unlike seed.sql this keeps the secondary indexes and the foreign key during the bulk insert: H2 builds them
-- fast enough (a few seconds per million rows), and dropping them would mean repeating the migration's DDL.
-- The contacts go in by chunks (seed-h2-contacts.sql, once per chunk, each its own transaction): one statement
-- of a million rows keeps every intermediate version of the file's pages and grows it to gigabytes.

insert into clients (account_id, name, active, details, created_at, updated_at, version)
select @account, 'Client ' || lpad(cast(x as varchar), 5, '0'), true,
       case when mod(x, 3) = 0 then null else 'Seeded client number ' || cast(x as varchar) end,
       dateadd(minute, x, timestamp with time zone '2010-01-01 00:00:00+00'),
       dateadd(minute, x, timestamp with time zone '2010-01-01 00:00:00+00'),
       1
from system_range(1, @clients)
order by x;

-- The clients' ids in order, the first at [1]: a lookup by position is cheaper than a join for each row.
set @ids = (select array_agg(id order by id) from clients where account_id = @account);
