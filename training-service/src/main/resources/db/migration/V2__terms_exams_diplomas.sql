-- Training: programmes and their curriculum, trainers, terms, sessions, enrolment, attendance,
-- exams, diplomas, follow-ups, development/recreation days and supervision, course feedback.
-- Every table carries or reaches its organisation; services filter by the caller's token.

-- A peer's login, so they can see their own training (participant.account-changed.v1). The
-- projection is new: participants.v1 is read again from the start by a new consumer group
-- (application.properties), so this consumer's inbox is emptied (ADR 0007).
alter table known_peer add column account_key text;
create unique index known_peer_by_account on known_peer (account_key) where account_key is not null;
delete from processed_event where consumer = 'training-service.known-peers';

create table programme (
    id                 uuid primary key,
    organisation       text        not null,
    code               text        not null,
    name               text        not null,
    qualification_code text        not null,
    created_at         timestamptz not null,
    unique (organisation, code)
);

create table curriculum_module (
    programme_id uuid not null references programme,
    position     int  not null,
    code         text not null,
    title        text not null,
    primary key (programme_id, position),
    unique (programme_id, code)
);

create table trainer (
    id           uuid primary key,
    organisation text        not null,
    name         text        not null,
    email        text,
    phone        text,
    topics       text[]      not null,
    account_key  text unique,
    created_at   timestamptz not null
);
create index trainer_by_org on trainer (organisation, name);

create table term (
    id                   uuid primary key,
    organisation         text        not null,
    programme_id         uuid        not null references programme,
    name                 text        not null,
    starts_on            date        not null,
    ends_on              date        not null,
    capacity             int         not null check (capacity between 1 and 500),
    attendance_threshold int         not null check (attendance_threshold between 1 and 100),
    required_components  text[]      not null,
    created_at           timestamptz not null,
    check (ends_on >= starts_on)
);
create index term_by_org on term (organisation, starts_on);

create table training_session (
    id           uuid primary key,
    term_id      uuid        not null references term,
    kind         text        not null check (kind in ('TEACHING', 'EXAM')),
    module_code  text,
    trainer_id   uuid        not null references trainer,
    starts_at    timestamptz not null,
    ends_at      timestamptz not null,
    place        text,
    online_link  text,
    capacity     int check (capacity > 0),
    check (ends_at > starts_at),
    check (place is not null or online_link is not null)
);
create index session_by_term on training_session (term_id, starts_at);
create index session_by_trainer on training_session (trainer_id, starts_at);

-- The waiting list is the WAITING rows of a term in requested_at order.
create table enrolment (
    id             uuid primary key,
    term_id        uuid        not null references term,
    participant_id uuid        not null,
    status         text        not null check (status in ('ENROLLED', 'WAITING', 'WITHDRAWN')),
    requested_at   timestamptz not null,
    enrolled_at    timestamptz,
    withdrawn_at   timestamptz,
    unique (term_id, participant_id)
);
create index enrolment_by_participant on enrolment (participant_id);
create index enrolment_queue on enrolment (term_id, status, requested_at, id);

create table session_attendance (
    session_id     uuid        not null references training_session,
    participant_id uuid        not null,
    status         text        not null check (status in ('PRESENT', 'LATE', 'EXCUSED', 'ABSENT')),
    remark         text,
    recorded_by    text        not null,
    recorded_at    timestamptz not null,
    primary key (session_id, participant_id)
);
create index attendance_by_participant on session_attendance (participant_id);

-- One result per exam session, participant and component; a retake is a result in a later session.
create table exam_result (
    id             uuid primary key,
    session_id     uuid        not null references training_session,
    participant_id uuid        not null,
    component      text        not null check (component in ('ORAL', 'WRITTEN', 'FORMS', 'PRACTICAL')),
    passed         boolean     not null,
    score          int check (score between 0 and 100),
    examiner_id    uuid        not null references trainer,
    recorded_by    text        not null,
    recorded_at    timestamptz not null,
    unique (session_id, participant_id, component)
);
create index exam_result_by_participant on exam_result (participant_id);

create table diploma (
    id                 uuid primary key,
    term_id            uuid        not null references term,
    participant_id     uuid        not null,
    organisation       text        not null,
    qualification_code text        not null,
    valid_from         date        not null,
    verification_code  text        not null unique,
    awarded_by         text        not null,
    awarded_at         timestamptz not null,
    revoked_on         date,
    revocation_reason  text,
    revoked_by         text,
    revoked_at         timestamptz,
    unique (term_id, participant_id),
    check ((revoked_on is null) = (revocation_reason is null))
);
create index diploma_by_participant on diploma (participant_id);

create table follow_up (
    id             uuid primary key,
    enrolment_id   uuid not null unique references enrolment,
    due_on         date not null,
    meeting_on     date,
    held_on        date,
    note           text
);

create table gathering (
    id           uuid primary key,
    organisation text        not null,
    kind         text        not null check (kind in ('DEVELOPMENT_DAY', 'RECREATION_DAY', 'SUPERVISION')),
    title        text        not null,
    starts_at    timestamptz not null,
    ends_at      timestamptz not null,
    place        text        not null,
    capacity     int check (capacity > 0),
    term_id      uuid references term,
    created_at   timestamptz not null,
    check (ends_at > starts_at)
);
create index gathering_by_org on gathering (organisation, starts_at);

create table gathering_signup (
    gathering_id   uuid        not null references gathering,
    participant_id uuid        not null,
    signed_up_at   timestamptz not null,
    attended       boolean,
    primary key (gathering_id, participant_id)
);

-- Course feedback is anonymous: who answered (to allow one answer each) is kept apart from the answers.
create table feedback_given (
    term_id        uuid        not null references term,
    participant_id uuid        not null,
    given_at       timestamptz not null,
    primary key (term_id, participant_id)
);

create table course_feedback (
    id          uuid primary key,
    term_id     uuid not null references term,
    overall     int  not null check (overall between 1 and 5),
    content     int  not null check (content between 1 and 5),
    trainers    int  not null check (trainers between 1 and 5),
    comment     text,
    received_on date not null
);
create index course_feedback_by_term on course_feedback (term_id);

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
