-- The account's kept count of contacts on H2, after the chunks of seed-h2-contacts.sql: the store keeps it on every
-- write, and a bulk insert around the store must set it itself (as seed.sql does on PostgreSQL).
update contact_counts
set contacts = case when slot = 0 then (select count(*) from contacts where account_id = @account) else 0 end
where account_id = @account;
