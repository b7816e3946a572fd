-- Appointments: when counsellors can be booked, and the bookings themselves.
-- ("day" is a reserved word in H2 2.x, hence work_day and closed_on.)

-- ids below 1000 are left to hand-written data (demo plans); EclipseLink takes nextval as the last id of a block
create sequence availability_seq start with 1050 increment by 50;

-- a counsellor's weekly working plan in one office; an optional break splits the period
create table work_plan (
    id              bigint      primary key,
    username        varchar(60) not null references staff_account (username) on delete cascade,
    office_id       varchar(40) not null references office (id),
    day_of_week     smallint    not null check (day_of_week between 1 and 7),
    starts_at       time        not null,
    ends_at         time        not null,
    break_starts_at time,
    break_ends_at   time,
    valid_from      date        not null,
    valid_until     date,
    check (starts_at < ends_at),
    check ((break_starts_at is null and break_ends_at is null)
        or (starts_at < break_starts_at and break_starts_at < break_ends_at and break_ends_at < ends_at)),
    check (valid_until is null or valid_from <= valid_until)
);

-- holiday, sickness or other absence, whole days from first to last day
create table absence (
    id        bigint      primary key,
    username  varchar(60) not null references staff_account (username) on delete cascade,
    first_day date        not null,
    last_day  date        not null,
    kind      varchar(12) not null check (kind in ('HOLIDAY', 'SICKNESS', 'OTHER')),
    check (first_day <= last_day)
);

-- one-off extra hours of a counsellor in an office
create table extra_hours (
    id        bigint      primary key,
    username  varchar(60) not null references staff_account (username) on delete cascade,
    office_id varchar(40) not null references office (id),
    work_day  date        not null,
    starts_at time        not null,
    ends_at   time        not null,
    check (starts_at < ends_at)
);

-- days an office is closed (besides public holidays, which are computed)
create table office_closure (
    office_id varchar(40)  not null references office (id),
    closed_on date         not null,
    reason    varchar(120) not null,
    primary key (office_id, closed_on)
);

create sequence appointment_seq start with 50 increment by 50;

create table appointment (
    id             bigint       primary key,
    reference      varchar(12)  not null unique,
    manage_token   varchar(64)  not null unique,
    office_id      varchar(40)  not null references office (id),
    concern_id     varchar(40)  not null references concern (id),
    counsellor     varchar(60)  not null references staff_account (username),
    starts_at      timestamp with time zone not null,
    ends_at        timestamp with time zone not null,
    -- the start this appointment holds in its counsellor's calendar; null once it holds nothing any more.
    -- The unique constraint below is what makes exactly one of two simultaneous bookings win.
    held_start     timestamp with time zone,
    name           varchar(80)  not null,
    email          varchar(200),
    phone          varchar(40),
    language       varchar(5)   not null,
    state          varchar(12)  not null check (state in ('BOOKED', 'CANCELLED', 'CHECKED_IN', 'NO_SHOW')),
    channel        varchar(12)  not null check (channel in ('ONLINE', 'PHONE', 'DESK')),
    booked_by      varchar(60),
    ical_sequence  integer      not null default 0,
    created_at     timestamp with time zone not null,
    cancelled_at   timestamp with time zone,
    checked_in_at  timestamp with time zone,
    no_show_at     timestamp with time zone,
    reminded_at    timestamp with time zone,
    ticket_id      bigint       references ticket (id),
    version        integer      not null default 0,
    check (starts_at < ends_at),
    unique (counsellor, held_start)
);

create index appointment_office_start on appointment (office_id, starts_at);
create index appointment_counsellor_start on appointment (counsellor, starts_at);
create index appointment_email on appointment (email);
create index appointment_phone on appointment (phone);
