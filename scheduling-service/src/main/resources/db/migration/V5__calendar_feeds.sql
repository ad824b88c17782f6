-- Secret calendar feed addresses. Calendar apps cannot send bearer tokens, so a feed is reached by
-- a long random token in its URL. Only the token's SHA-256 is stored: a leaked database does not
-- give working addresses. A feed belongs to one peer (their shifts) or one partner desk.
create table calendar_feed (
    id             uuid        primary key,
    token_hash     text        not null unique,
    organisation   text        not null,
    kind           text        not null check (kind in ('PEER', 'DESK')),
    participant_id uuid,
    agency_code    text,
    desk_id        uuid,
    created_by     text        not null,
    created_at     timestamptz not null,
    last_used_at   timestamptz,
    revoked_at     timestamptz,
    check ((kind = 'PEER' and participant_id is not null and desk_id is null)
        or (kind = 'DESK' and desk_id is not null and agency_code is not null and participant_id is null))
);
-- A peer has at most one working feed (a new one replaces the old).
create unique index calendar_feed_one_per_peer on calendar_feed (participant_id) where revoked_at is null;
create index calendar_feed_desk on calendar_feed (organisation, agency_code) where revoked_at is null;
