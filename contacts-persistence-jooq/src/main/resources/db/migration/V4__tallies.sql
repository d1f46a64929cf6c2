-- Counts that every node of the service shares, per fixed window: each user's requests (the rate limit) and each
-- login's failed sign-ins (the brake), so that a limit holds for the service rather than once per node.
--
-- Not tenant data: a row is keyed by what it counts ('requests:<user id>', 'signin:<login>'), and a login is counted
-- before anyone knows its account. Losing a row restarts a count; the store writes these rows without waiting for
-- the disk, and sweeps out windows long ended.
create table tallies (
    tally_key       varchar(400)             not null,
    ends_at         timestamp with time zone not null,
    events          integer                  not null,
    granted         integer                  not null,
    last_counted_at timestamp with time zone not null,
    constraint tallies_pk primary key (tally_key)
);
