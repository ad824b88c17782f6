-- Projection of participants.v1: only what payout needs, never legal names or contacts.
create table known_peer (
    participant_id uuid primary key,
    organisation   text        not null,
    display_name   text        not null,
    status         text        not null,
    known_since    timestamptz not null
);
create index known_peer_by_org on known_peer (organisation, display_name, participant_id);

-- Idempotent consumers: one row per (consumer, event), written with the effect.
create table processed_event (
    consumer     text        not null,
    event_id     text        not null,
    processed_at timestamptz not null,
    primary key (consumer, event_id)
);
