-- Seeds the benchmark's account on the embedded H2 store: the same data as seed.sql (PostgreSQL), in H2's SQL.
-- Run by bench/run.sh with org.h2.tools.RunScript (the jar holds H2), after a header that sets the session
-- variables @account (an id the app's CLI created), @clients, @contacts and @small (rows of the first client).
-- The first client gets exactly @small contacts; the others are spread evenly over the remaining clients. Ids
-- come from the identity columns, so the app's later inserts continue after them.
--
-- Unlike seed.sql this keeps the secondary indexes and the foreign key during the bulk insert: H2 builds them
-- fast enough (a few seconds per million rows), and dropping them would mean repeating the migration's DDL.

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

insert into contacts (account_id, client_id, first_name, last_name, email, title, phone_office,
                      phone_mobile, fax, created_at, updated_at, version)
select @account,
       @ids[case when r.x <= @small then 1 else 2 + mod(r.x - @small - 1, @clients - 1) end],
       'First' || cast(r.x as varchar), 'Last' || cast(r.x as varchar),
       'contact' || cast(r.x as varchar) || '@example.com',
       case when mod(r.x, 4) = 0 then null else 'Title ' || cast(mod(r.x, 97) as varchar) end,
       '555.555.' || lpad(cast(mod(r.x, 10000) as varchar), 4, '0'),
       case when mod(r.x, 5) = 0 then null else '555.777.' || lpad(cast(mod(r.x, 10000) as varchar), 4, '0') end,
       case when mod(r.x, 2) = 0 then null else '555.999.' || lpad(cast(mod(r.x, 10000) as varchar), 4, '0') end,
       dateadd(second, r.x, timestamp with time zone '2011-01-01 00:00:00+00'),
       dateadd(second, r.x, timestamp with time zone '2011-01-01 00:00:00+00'),
       1
from system_range(1, @contacts) r
order by r.x;

analyze;
