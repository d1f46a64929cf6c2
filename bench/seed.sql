-- Seeds the benchmark's account with clients and contacts in a few set-based statements.
-- psql variables: account (an id the app's CLI created), clients, contacts, small (rows of the first client).
-- The first client gets exactly :small contacts (the "one client's contacts" scenario); the other
-- contacts are spread evenly over the remaining clients. Ids come from the identity columns, so the
-- app's later inserts continue after them.
--
-- Speed: the contacts table's secondary indexes and foreign keys are dropped for the bulk insert and
-- re-created afterwards from their own definitions (read from the catalog, so this script never
-- repeats the migration's DDL): building an index once is far cheaper than a million index updates.
\set ON_ERROR_STOP on

begin;

insert into clients (account_id, name, active, details, created_at, updated_at, version)
select :account, 'Client ' || lpad(n::text, 5, '0'), true,
       case when n % 3 = 0 then null else 'Seeded client number ' || n end,
       timestamp with time zone '2010-01-01 00:00:00+00' + n * interval '1 minute',
       timestamp with time zone '2010-01-01 00:00:00+00' + n * interval '1 minute',
       1
from generate_series(1, :clients) as n
order by n;

create temporary table bench_clients on commit drop as
select id, row_number() over (order by id) - 1 as ordinal
from clients where account_id = :account;

create temporary table bench_ddl on commit drop as
select 1 as ord, pg_get_indexdef(i.indexrelid) as stmt
from pg_index i
where i.indrelid = 'contacts'::regclass and not i.indisprimary
  and not exists (select 1 from pg_constraint c where c.conindid = i.indexrelid)
union all
select 2, format('alter table contacts add constraint %I %s', conname, pg_get_constraintdef(oid))
from pg_constraint where conrelid = 'contacts'::regclass and contype = 'f';

do $$
declare r record;
begin
    for r in select conname from pg_constraint where conrelid = 'contacts'::regclass and contype = 'f' loop
        execute format('alter table contacts drop constraint %I', r.conname);
    end loop;
    for r in select i.indexrelid::regclass as ix from pg_index i
             where i.indrelid = 'contacts'::regclass and not i.indisprimary
               and not exists (select 1 from pg_constraint c where c.conindid = i.indexrelid) loop
        execute format('drop index %s', r.ix);
    end loop;
end $$;

insert into contacts (account_id, client_id, first_name, last_name, email, title, phone_office,
                      phone_mobile, fax, created_at, updated_at, version)
select :account, c.id,
       'First' || n, 'Last' || n,
       'contact' || n || '@example.com',
       case when n % 4 = 0 then null else 'Title ' || (n % 97) end,
       '555.555.' || lpad((n % 10000)::text, 4, '0'),
       case when n % 5 = 0 then null else '555.777.' || lpad((n % 10000)::text, 4, '0') end,
       case when n % 2 = 0 then null else '555.999.' || lpad((n % 10000)::text, 4, '0') end,
       timestamp with time zone '2011-01-01 00:00:00+00' + n * interval '1 second',
       timestamp with time zone '2011-01-01 00:00:00+00' + n * interval '1 second',
       1
from generate_series(1, :contacts) as n
join bench_clients c
  on c.ordinal = case when n <= :small then 0
                      else 1 + (n - :small - 1) % (:clients - 1) end
order by n;

do $$
declare r record;
begin
    for r in select stmt from bench_ddl order by ord loop
        execute r.stmt;
    end loop;
end $$;

-- The account's kept count of contacts (the store keeps it on every write; a bulk insert around the store must).
update contact_counts
set contacts = case when slot = 0 then (select count(*) from contacts where account_id = :account) else 0 end
where account_id = :account;

commit;

-- What autovacuum would have done to a table in service: statistics, and the rows marked as visible to all,
-- so that the first server to read them does not pay for that (PostgreSQL sets those hint bits on first read).
vacuum (analyze) clients;
vacuum (freeze, analyze) contacts;
