create table participant (
    id                 uuid primary key,
    organisation       text        not null,
    display_name       text        not null,
    legal_name         text        not null,
    email              text,
    phone              text,
    preferred_language text        not null check (preferred_language in ('fi', 'sv', 'en')),
    status             text        not null,
    registered_at      timestamptz not null,
    version            bigint      not null default 0
);
create index participant_by_org_name on participant (organisation, display_name, id);

-- Transactional outbox: written with the business row, relayed to Kafka by OutboxRelay.
-- Column names follow the Debezium outbox shape closely enough to switch to CDC later.
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
