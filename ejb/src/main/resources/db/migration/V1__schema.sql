-- KOMPASS schema, portable between PostgreSQL (production, CI) and H2 (embedded demo).

create table office (
    id            varchar(40)  primary key,
    name          varchar(120) not null,
    ticket_prefix varchar(3)   not null unique,
    street        varchar(120) not null,
    postal_code   varchar(10)  not null,
    city          varchar(80)  not null,
    phone         varchar(40),
    email         varchar(160),
    version       integer      not null default 0
);

create table office_opening_hours (
    office_id   varchar(40) not null references office (id),
    day_of_week smallint    not null check (day_of_week between 1 and 7),
    opens_at    time        not null,
    closes_at   time        not null,
    check (opens_at < closes_at),
    primary key (office_id, day_of_week, opens_at)
);

-- rooms and desks where visitors are called to
create table office_desk (
    office_id varchar(40) not null references office (id),
    code      varchar(40) not null,
    name      varchar(80) not null,
    position  integer     not null,
    primary key (office_id, code)
);

-- concern categories ("Problemlagen")
create table concern (
    id               varchar(40)  primary key,
    name_de          varchar(160) not null,
    name_en          varchar(160) not null,
    duration_minutes integer      not null default 45 check (duration_minutes between 5 and 480),
    bookable_online  boolean      not null default true,
    position         integer      not null,
    active           boolean      not null default true
);

create table staff_account (
    username      varchar(60)  primary key,
    display_name  varchar(120) not null,
    password_hash varchar(400) not null,
    active        boolean      not null default true,
    version       integer      not null default 0
);

create table staff_role (
    username varchar(60) not null references staff_account (username) on delete cascade,
    role     varchar(20) not null check (role in ('ADMIN', 'RECEPTION', 'COUNSELLOR')),
    primary key (username, role)
);

create table staff_office (
    username  varchar(60) not null references staff_account (username) on delete cascade,
    office_id varchar(40) not null references office (id),
    primary key (username, office_id)
);

-- partner agencies a client is handed over to
create table partner (
    id          varchar(60)  primary key,
    name        varchar(160) not null,
    type        varchar(40)  not null,
    street      varchar(120) not null,
    postal_code varchar(10)  not null,
    city        varchar(80)  not null,
    phone       varchar(40),
    active      boolean      not null default true,
    version     integer      not null default 0
);

create table partner_office (
    partner_id varchar(60) not null references partner (id) on delete cascade,
    office_id  varchar(40) not null references office (id),
    primary key (partner_id, office_id)
);

create sequence partner_contact_seq start with 1000 increment by 50;

create table partner_contact (
    id         bigint       primary key,
    partner_id varchar(60)  not null references partner (id) on delete cascade,
    name       varchar(120) not null,
    email      varchar(200) not null,
    phone      varchar(40),
    active     boolean      not null default true
);
