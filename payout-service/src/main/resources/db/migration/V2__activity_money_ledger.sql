-- Issue 6: the activity-money ledger, month close, statements and cash payouts.

-- participants.v1 is read again from the start (new consumer group, ADR 0007): programme rules and
-- peer logins are projected now; they used to be recorded as processed without effect.
delete from processed_event where consumer = 'payout-service.known-peers';

alter table known_peer add column account_key text;
create index known_peer_by_account on known_peer (account_key) where account_key is not null;

-- One version of a programme's rules (programme.rules-scheduled.v1): the rate and daily cap in force
-- from valid_from on, until a later valid_from.
create table programme_rules (
    programme_id    uuid    not null,
    version         integer not null check (version >= 1),
    organisation    text    not null,
    programme_code  text    not null,
    kind            text    not null,
    valid_from      date    not null,
    cents_per_hour  integer not null check (cents_per_hour >= 0),
    daily_cap_cents integer not null check (daily_cap_cents >= 0),
    primary key (programme_id, version)
);

-- Confirmed attendance as scheduling-service published it (attendance.v1): the facts the ledger is
-- posted from. Minutes only; never an absence or its reason.
create table attendance_fact (
    attendance_id  uuid        primary key,
    participant_id uuid        not null,
    organisation   text        not null,
    programme_id   uuid        not null,
    location_id    uuid        not null,
    location_name  text        not null,
    shift_id       uuid        not null,
    work_date      date        not null,
    minutes        integer     not null check (minutes between 0 and 720),
    corrects       uuid,
    event_id       text        not null,
    received_at    timestamptz not null
);
create index attendance_fact_by_day on attendance_fact (participant_id, programme_id, work_date);
create index attendance_fact_by_programme on attendance_fact (programme_id, work_date);
-- A record is corrected at most once: corrections form a chain, the newest is current.
create unique index attendance_fact_corrected_once on attendance_fact (corrects) where corrects is not null;

-- A month is open until a payout officer closes it; only closed months have a row.
create table ledger_month (
    organisation text        not null,
    month        date        not null check (extract(day from month) = 1),
    closed_at    timestamptz not null,
    closed_by    text        not null,
    primary key (organisation, month)
);

-- The ledger: append-only, integer cents. Every entry has an idempotency key derived from the event
-- that caused it. posting_month is the month whose statement shows it: the month worked, or the
-- first open month after it when that month was already closed (an adjustment).
create table ledger_entry (
    id              bigint generated always as identity primary key,
    idempotency_key text        not null unique,
    organisation    text        not null,
    participant_id  uuid        not null,
    programme_id    uuid        not null,
    location_id     uuid        not null,
    attendance_id   uuid        not null,
    work_date       date        not null,
    posting_month   date        not null check (extract(day from posting_month) = 1),
    kind            text        not null check (kind in ('ACCRUAL', 'REVERSAL', 'REPRICE')),
    amount_cents    integer     not null,
    minutes         integer     not null,
    rules_version   integer,
    posted_at       timestamptz not null,
    check (posting_month >= date_trunc('month', work_date)::date)
);
create index ledger_entry_by_attendance on ledger_entry (attendance_id);
create index ledger_entry_by_statement on ledger_entry (organisation, posting_month, participant_id);
create index ledger_entry_by_peer on ledger_entry (participant_id, posting_month);

create function ledger_entry_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'ledger entries are never changed or deleted' using errcode = '55000';
end $$;
create trigger ledger_entry_append_only before update or delete on ledger_entry
    for each row execute function ledger_entry_is_append_only();
create trigger ledger_entry_no_truncate before truncate on ledger_entry
    for each statement execute function ledger_entry_is_append_only();

create function ledger_entry_into_open_month() returns trigger language plpgsql as $$
begin
    if exists (select 1 from ledger_month m where m.organisation = new.organisation and m.month = new.posting_month) then
        raise exception 'month % is closed', new.posting_month using errcode = '55000';
    end if;
    return new;
end $$;
create trigger ledger_entry_open_month before insert on ledger_entry
    for each row execute function ledger_entry_into_open_month();

-- What a closed month's statement said, frozen when the month was closed.
create table statement (
    organisation     text        not null,
    month            date        not null,
    participant_id   uuid        not null,
    display_name     text        not null,
    days             integer     not null,
    minutes          integer     not null,
    accrued_cents    integer     not null,
    adjustment_cents integer     not null,
    total_cents      integer     not null,
    entries          integer     not null,
    closed_at        timestamptz not null,
    primary key (organisation, month, participant_id)
);
create index statement_by_peer on statement (participant_id, month);

-- Cash payout: one payout day per location and closed month.
create table payout_day (
    id            uuid        primary key,
    organisation  text        not null,
    location_id   uuid        not null,
    location_name text        not null,
    month         date        not null,
    paid_on       date        not null,
    status        text        not null check (status in ('OPEN', 'CLOSED')),
    created_by    text        not null,
    created_at    timestamptz not null,
    closed_by     text,
    closed_at     timestamptz,
    unique (organisation, location_id, month)
);

create table payout_line (
    id              uuid        primary key,
    payout_day_id   uuid        not null references payout_day (id),
    participant_id  uuid        not null,
    display_name    text        not null,
    month_cents     integer     not null,
    carried_cents   integer     not null,
    due_cents       integer     not null,
    status          text        not null check (status in ('DUE', 'PAID', 'UNCLAIMED', 'NOTHING_DUE')),
    paid_cents      integer,
    paid_at         timestamptz,
    paid_by         text,
    acknowledged_at timestamptz,
    unique (payout_day_id, participant_id),
    check (due_cents = month_cents + carried_cents),
    check (status <> 'PAID' or (paid_cents = due_cents and paid_at is not null))
);
create index payout_line_by_peer on payout_line (participant_id);
