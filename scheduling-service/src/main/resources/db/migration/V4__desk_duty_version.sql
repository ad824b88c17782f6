-- A counter per organisation and partner agency, raised in the same transaction as anything a
-- partner office would see differently (a duty published, changed or cancelled, a guide renamed,
-- a desk renamed). The partner API answers from a cache while the counter has not moved.
create table desk_duty_version (
    organisation text   not null,
    agency_code  text   not null,
    version      bigint not null,
    primary key (organisation, agency_code)
);
