-- ---- Projections of participants.v1 and qualifications.v1 ---------------------------------

-- The peer's login (issuer#subject), so a peer's own requests can be recognised.
alter table known_peer add column account_key text;
create index known_peer_by_account on known_peer (organisation, account_key) where account_key is not null;

-- Programme rules in force from a day on (programme.rules-scheduled): the absence notice period.
create table programme_terms (
    programme_id         uuid    not null,
    version              integer not null,
    organisation         text    not null,
    programme_code       text    not null,
    kind                 text    not null,
    valid_from           date    not null,
    min_days_per_week    integer not null,
    max_days_per_week    integer not null,
    minutes_per_day      integer not null,
    absence_notice_hours integer not null,
    primary key (programme_id, version)
);
create index programme_terms_by_org on programme_terms (organisation, programme_id, valid_from);

-- Agreements in force (agreement.in-force / agreement.ended): who may work when, and how much.
create table peer_agreement (
    agreement_id    uuid primary key,
    participant_id  uuid    not null,
    organisation    text    not null,
    programme_id    uuid    not null,
    starts_on       date    not null,
    ends_on         date    not null,
    days_per_week   integer not null,
    minutes_per_day integer not null
);
create index peer_agreement_by_peer on peer_agreement (participant_id, starts_on);

-- Diplomas (qualifications.v1): only holders staff a partner desk that requires one.
create table peer_qualification (
    diploma_id         uuid primary key,
    participant_id     uuid not null,
    organisation       text not null,
    qualification_code text not null,
    valid_from         date not null,
    revoked_on         date
);
create index peer_qualification_by_peer on peer_qualification (participant_id, qualification_code);

-- ---- Locations: the programme's own places and partner desks -------------------------------
create table location (
    id                     uuid primary key,
    organisation           text        not null,
    programme_id           uuid        not null,
    kind                   text        not null check (kind in ('PROGRAMME_SITE', 'PARTNER_DESK')),
    name                   text        not null,
    address                text        not null,
    opening_hours          text,
    agency_code            text,
    agency_name            text,
    agency_kind            text,
    duty_weekdays          text,
    duty_starts            time,
    duty_ends              time,
    guides_per_duty        integer,
    required_qualification text,
    created_at             timestamptz not null,
    version                bigint      not null default 0,
    check ((kind = 'PARTNER_DESK') = (agency_code is not null))
);
create index location_by_org on location (organisation, name, id);
create index location_by_agency on location (organisation, agency_code) where agency_code is not null;

-- ---- Monthly plans, shifts, assignments ----------------------------------------------------
create table shift_plan (
    id           uuid primary key,
    organisation text        not null,
    location_id  uuid        not null references location (id),
    month        date        not null check (extract(day from month) = 1),
    status       text        not null check (status in ('DRAFT', 'PUBLISHED')),
    created_at   timestamptz not null,
    published_at timestamptz,
    published_by text,
    version      bigint      not null default 0,
    unique (location_id, month)
);
create index shift_plan_by_org on shift_plan (organisation, month);

create table shift (
    id                    uuid primary key,
    plan_id               uuid    not null references shift_plan (id),
    organisation          text    not null,
    location_id           uuid    not null references location (id),
    work_date             date    not null,
    starts_at             time    not null,
    ends_at               time    not null,
    needed                integer not null check (needed between 1 and 20),
    cancelled             boolean not null default false,
    changed_after_publish boolean not null default false,
    version               bigint  not null default 0,
    check (ends_at > starts_at)
);
create index shift_by_location_date on shift (location_id, work_date, starts_at);
create index shift_by_plan on shift (plan_id, work_date, starts_at);

-- One peer on one shift. Its id is the duty id partner offices see.
create table shift_assignment (
    id                    uuid primary key,
    shift_id              uuid        not null references shift (id),
    participant_id        uuid        not null,
    organisation          text        not null,
    state                 text        not null check (state in ('ASSIGNED', 'ABSENT', 'REMOVED', 'SWAPPED')),
    swap_offered          boolean     not null default false,
    assigned_at           timestamptz not null,
    changed_after_publish boolean     not null default false,
    version               bigint      not null default 0
);
create unique index shift_assignment_once on shift_assignment (shift_id, participant_id) where state = 'ASSIGNED';
create index shift_assignment_by_peer on shift_assignment (participant_id, state);
create index shift_assignment_by_shift on shift_assignment (shift_id);

-- Changes to a published plan: who, when, why. Never an absence reason.
create table shift_change (
    id             uuid primary key,
    shift_id       uuid        not null references shift (id),
    organisation   text        not null,
    participant_id uuid,
    what           text        not null,
    reason         text,
    changed_by     text        not null,
    changed_at     timestamptz not null
);
create index shift_change_by_shift on shift_change (shift_id, changed_at);

-- ---- Absences, attendance, feedback --------------------------------------------------------
create table absence (
    id             uuid primary key,
    assignment_id  uuid        not null unique references shift_assignment (id),
    shift_id       uuid        not null references shift (id),
    participant_id uuid        not null,
    organisation   text        not null,
    notice         text        not null check (notice in ('IN_TIME', 'LATE', 'NO_NOTICE')),
    reported_at    timestamptz,
    reason         text,
    recorded_by    text        not null,
    recorded_at    timestamptz not null
);
create index absence_by_org on absence (organisation, recorded_at);

-- Confirmed minutes per peer per shift. A correction is a new row that names the one it corrects;
-- nothing is edited, and exactly one row per (shift, peer) is current.
create table attendance_record (
    id             uuid primary key,
    shift_id       uuid        not null references shift (id),
    participant_id uuid        not null,
    organisation   text        not null,
    programme_id   uuid        not null,
    location_id    uuid        not null,
    work_date      date        not null,
    minutes        integer     not null check (minutes between 0 and 1440),
    corrects       uuid references attendance_record (id),
    current        boolean     not null,
    reason         text,
    confirmed_by   text        not null,
    confirmed_at   timestamptz not null
);
create unique index attendance_current on attendance_record (shift_id, participant_id) where current;
create index attendance_by_peer on attendance_record (participant_id, work_date);

create table shift_feedback (
    id             uuid primary key,
    shift_id       uuid        not null references shift (id),
    participant_id uuid        not null,
    organisation   text        not null,
    location_id    uuid        not null,
    work_date      date        not null,
    help_kinds     text[]      not null,
    people_helped  integer     not null check (people_helped between 0 and 200),
    rating         integer     not null check (rating between 1 and 5),
    free_text      text,
    given_at       timestamptz not null,
    unique (shift_id, participant_id)
);
create index shift_feedback_by_location on shift_feedback (location_id, work_date);

-- ---- Transactional outbox (desk-duty.v1, attendance.v1) -------------------------------------
create table outbox_event (
    id          uuid primary key,
    topic       text        not null,
    message_key text        not null,
    event_type  text        not null,
    payload     jsonb       not null,
    created_at  timestamptz not null,
    sent_at     timestamptz
);
create index outbox_event_unsent on outbox_event (created_at, id) where sent_at is null;
