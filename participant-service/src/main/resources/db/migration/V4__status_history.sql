-- Every status a participant has had, from registration on: when it took effect, when and by whom
-- it was recorded. Ids and codes only; the changer is the login key (issuer#subject) as in the audit log.
-- Participants registered before this migration start their history at their next change.
create table participant_status_change (
    id uuid primary key,
    participant_id uuid not null references participant (id),
    organisation text not null,
    status text not null,
    effective_on date not null,
    changed_at timestamptz not null,
    changed_by text not null
);
create index participant_status_change_by_participant on participant_status_change (participant_id, changed_at);
