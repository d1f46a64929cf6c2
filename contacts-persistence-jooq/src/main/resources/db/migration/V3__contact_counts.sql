-- An account's number of contacts, kept as contacts are added and deleted, so that the first page of a list that
-- tells its total (Harvest v2's total_entries) reads 16 rows instead of counting a million.
--
-- The count is spread over 16 slots per account, and each write adds to or takes from the slot of the thread that
-- writes: concurrent writes of one account then seldom wait for the same row, as they would on a single counter row
-- held until each commit. The total is the slots' sum. The store keeps the slots in the statement (PostgreSQL) or the
-- transaction (H2) of the write itself; an account whose 16 rows are not all there is counted row by row instead.
-- Moving a contact to another client changes no slot: only the account's total is kept.
create table contact_counts (
    account_id bigint  not null,
    slot       integer not null,
    contacts   bigint  not null,
    constraint contact_counts_pk primary key (account_id, slot),
    constraint contact_counts_account_fk foreign key (account_id) references accounts (id),
    constraint contact_counts_slot_ck check (slot between 0 and 15)
);

insert into contact_counts (account_id, slot, contacts)
select accounts.id, slots.slot, 0
from accounts
cross join (values (0), (1), (2), (3), (4), (5), (6), (7), (8), (9), (10), (11), (12), (13), (14), (15)) as slots (slot);

update contact_counts
set contacts = (select count(*) from contacts where contacts.account_id = contact_counts.account_id)
where slot = 0;
