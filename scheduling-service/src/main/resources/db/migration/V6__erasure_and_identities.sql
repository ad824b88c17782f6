-- ADR 0021: names come on participant-identities.v1, apart from the lifecycle on participants.v2.
alter table known_peer add column erased_on date;

-- An identity that arrived before its participant's registration, until the registration comes.
create table early_identity (
    participant_id uuid primary key,
    organisation   text not null,
    display_name   text not null,
    account_key    text
);
