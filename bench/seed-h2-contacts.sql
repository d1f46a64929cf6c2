-- One chunk of the benchmark's contacts on H2, rows @chunk_start to @chunk_end; bench/run.sh appends it to
-- seed-h2.sql once per chunk (see there), after setting both.
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
from system_range(@chunk_start, @chunk_end) r
order by r.x;
