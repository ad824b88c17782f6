-- Programmes and their rules. A rule change is a new version valid from a date; the past is never rewritten.
create table programme (
    id           uuid primary key,
    organisation text        not null,
    code         text        not null,
    name         text        not null,
    kind         text        not null check (kind in ('WORK_ACTIVITY', 'VOLUNTEER_GUIDES')),
    created_at   timestamptz not null,
    unique (organisation, code)
);

create table programme_rules (
    programme_id                   uuid        not null references programme (id),
    version                        int         not null check (version >= 1),
    valid_from                     date        not null,
    activity_money_cents_per_hour  int         not null check (activity_money_cents_per_hour between 0 and 10000),
    activity_money_daily_cap_cents int         not null check (activity_money_daily_cap_cents between 0 and 100000),
    max_agreement_months           int         not null check (max_agreement_months between 1 and 24),
    min_days_per_week              int         not null check (min_days_per_week between 1 and 7),
    max_days_per_week              int         not null check (max_days_per_week between 1 and 7),
    minutes_per_day                int         not null check (minutes_per_day between 15 and 720),
    absence_notice_hours           int         not null check (absence_notice_hours between 0 and 336),
    created_at                     timestamptz not null,
    primary key (programme_id, version),
    unique (programme_id, valid_from),
    check (min_days_per_week <= max_days_per_week)
);

alter table participant add column alumni_since date;
alter table participant add column account_subject text;
alter table participant add column pseudonymised_at timestamptz;
create unique index participant_account on participant (organisation, account_subject) where account_subject is not null;
create index participant_alumni on participant (alumni_since) where status = 'ALUMNI' and pseudonymised_at is null;

create table enrolment (
    participant_id uuid not null references participant (id),
    programme_id   uuid not null references programme (id),
    enrolled_on    date not null,
    primary key (participant_id, programme_id)
);

-- An agreement is in force only when the work agreement, the confidentiality agreement and the
-- acceptance of the programme's rules are all in place.
create table agreement (
    id                         uuid primary key,
    organisation               text        not null,
    participant_id             uuid        not null references participant (id),
    programme_id               uuid        not null references programme (id),
    starts_on                  date        not null,
    ends_on                    date        not null,
    days_per_week              int         not null check (days_per_week between 1 and 7),
    minutes_per_day            int         not null check (minutes_per_day between 15 and 720),
    tasks                      text        not null,
    confidentiality_signed_on  date,
    rules_version_accepted     int,
    rules_accepted_on          date,
    ended_on                   date,
    end_reason                 text,
    renews                     uuid references agreement (id),
    created_at                 timestamptz not null,
    version                    bigint      not null default 0,
    check (starts_on <= ends_on),
    check (ended_on is null or ended_on between starts_on and ends_on)
);
create index agreement_by_participant on agreement (participant_id, programme_id, starts_on);
create index agreement_ending on agreement (organisation, ends_on) where ended_on is null;

create table consent (
    id             uuid primary key,
    participant_id uuid        not null references participant (id),
    purpose        text        not null,
    given_at       timestamptz not null,
    given_by       text        not null,
    withdrawn_at   timestamptz,
    withdrawn_by   text
);
create unique index consent_in_force on consent (participant_id, purpose) where withdrawn_at is null;

create table pathway (
    id             uuid primary key,
    participant_id uuid        not null references participant (id),
    programme_id   uuid        not null references programme (id),
    moment         text        not null,
    outcome        text        not null,
    recorded_on    date        not null,
    starts_on      date,
    recorded_at    timestamptz not null
);
create index pathway_report on pathway (programme_id, recorded_on);

-- Who read or changed whose personal data, and why. Ids only, never personal values. Append-only.
create table audit_entry (
    id             bigserial primary key,
    at             timestamptz not null,
    organisation   text        not null,
    actor          text        not null,
    participant_id uuid,
    action         text        not null,
    purpose        text        not null
);
create index audit_by_participant on audit_entry (organisation, participant_id, at);
create index audit_by_time on audit_entry (organisation, at);

create function audit_entry_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_entry is append-only';
end $$;
create trigger audit_entry_append_only before update or delete on audit_entry
    for each row execute function audit_entry_is_append_only();
