-- A contact's last name becomes optional: Harvest v2 (and the domain) create contacts without one, while v1's
-- contract still requires it on what v1 creates (the domain's LastNameRule). An absent last name is stored as NULL.
-- DROP NOT NULL is the one spelling PostgreSQL, H2 2.x and jOOQ's DDLDatabase all accept.
alter table contacts alter column last_name drop not null;
