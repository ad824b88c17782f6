-- A trainer links their own login with a one-time code the coordinator gives them (the
-- coordinator cannot look up a login's subject). Only the code's SHA-256 is kept.
alter table trainer add column link_code_hash text, add column link_code_expires_at timestamptz;
create unique index trainer_by_link_code on trainer (link_code_hash) where link_code_hash is not null;
