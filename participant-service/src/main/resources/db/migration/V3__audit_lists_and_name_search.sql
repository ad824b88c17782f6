-- A list or search answer is audited as one entry naming every participant it showed
-- (instead of one row per participant): same information, a fiftieth of the writes.
alter table audit_entry add column participant_ids uuid[];
create index audit_by_listed_participant on audit_entry using gin (participant_ids);

-- Name search: case-insensitive substring match served by trigram indexes.
-- pg_trgm is a trusted extension (PostgreSQL 13+): the database owner may create it.
create extension if not exists pg_trgm;
create index participant_display_name_trgm on participant using gin (lower(display_name) gin_trgm_ops);
create index participant_legal_name_trgm on participant using gin (lower(legal_name) gin_trgm_ops);
