-- Handovers to partner agencies: consent-scoped referrals sent as iCalendar invitations (issue 5).
-- Portable between PostgreSQL and H2 2.x ("year", "value", "key" are reserved in H2: counter_year, ...).

-- the organiser of a handover invitation is the counsellor: an address of their own (null: the office's)
alter table staff_account add column email varchar(200);

-- EclipseLink takes nextval as the last id of a block of 50, so the first value must be at least 50
create sequence handover_seq start with 50 increment by 50;

-- handover numbers H-2026-0042 count per calendar year; the row is locked while a number is taken
create table handover_counter (
    counter_year integer primary key,
    last_number  integer not null
);

create table handover (
    id                   bigint       primary key,
    number               varchar(20)  not null unique,
    ical_uid             varchar(120) not null unique,
    reply_token          varchar(64)  not null unique,
    office_id            varchar(40)  not null references office (id),
    counsellor           varchar(60)  not null references staff_account (username),
    partner_contact_id   bigint       not null references partner_contact (id),
    ticket_id            bigint       references ticket (id),
    appointment_id       bigint       references appointment (id),
    concern_id           varchar(40)  references concern (id),
    starts_at            timestamp with time zone not null,
    ends_at              timestamp with time zone not null,
    location             varchar(300) not null,
    client_name          varchar(120),
    client_email         varchar(200),
    client_phone         varchar(40),
    note                 varchar(2000),
    consent_name         boolean      not null default false,
    consent_phone        boolean      not null default false,
    consent_email        boolean      not null default false,
    consent_concern      boolean      not null default false,
    consent_note         boolean      not null default false,
    consent_given_at     timestamp with time zone,
    consent_recorded_by  varchar(60),
    consent_valid_until  date,
    consent_revoked_at   timestamp with time zone,
    discreet             boolean      not null default true,
    state                varchar(20)  not null check (state in ('DRAFT', 'INVITED', 'ACCEPTED', 'DECLINED',
                                          'PROPOSED_NEW_TIME', 'ATTENDED', 'NOT_ATTENDED', 'WITHDRAWN')),
    ical_sequence        integer      not null default 0,
    sent_sequence        integer,
    proposed_start       timestamp with time zone,
    proposed_end         timestamp with time zone,
    answered_at          timestamp with time zone,
    answered_via         varchar(10)  check (answered_via in ('LINK', 'IMAP', 'STAFF')),
    created_at           timestamp with time zone not null,
    version              integer      not null default 0,
    check (starts_at < ends_at)
);

create index handover_counsellor on handover (counsellor, starts_at);

-- a counsellor's subscribable calendar (/ical/{token}.ics); a new token replaces the old one, deleting revokes it
create table calendar_feed (
    username   varchar(60) primary key references staff_account (username) on delete cascade,
    token      varchar(64) not null unique,
    created_at timestamp with time zone not null
);

-- one counter row per year ahead of time, so the first handovers of a year never race to create it
insert into handover_counter (counter_year, last_number) values
    (2025, 0), (2026, 0), (2027, 0), (2028, 0), (2029, 0), (2030, 0), (2031, 0), (2032, 0), (2033, 0), (2034, 0),
    (2035, 0), (2036, 0), (2037, 0), (2038, 0), (2039, 0), (2040, 0);
