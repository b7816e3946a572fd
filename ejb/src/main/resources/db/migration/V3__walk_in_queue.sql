-- Walk-in queue: tickets of an office day and the per-office counter row every queue change locks.

create table office_queue (
    office_id   varchar(40) primary key references office (id),
    service_day date        not null,
    last_number integer     not null default 0,
    seq         bigint      not null default 0
);

insert into office_queue (office_id, service_day) select id, date '2000-01-01' from office;

-- EclipseLink takes nextval as the last id of a block of 50, so the first value must be at least 50
create sequence ticket_seq start with 50 increment by 50;

create table ticket (
    id             bigint       primary key,
    office_id      varchar(40)  not null references office (id),
    service_day    date         not null,
    day_number     integer      not null,
    number         varchar(12)  not null,
    token          varchar(64)  not null unique,
    concern_id     varchar(40)  references concern (id),
    pseudonym      varchar(40),
    priority       varchar(12)  not null check (priority in ('NORMAL', 'URGENT', 'ASSISTANCE')),
    source         varchar(12)  not null check (source in ('WALK_IN', 'APPOINTMENT')),
    state          varchar(12)  not null check (state in ('WAITING', 'CALLED', 'IN_SERVICE', 'DONE', 'NO_SHOW', 'LEFT', 'HANDED_OVER')),
    issued_at      timestamp with time zone not null,
    queued_at      timestamp with time zone not null,
    called_at      timestamp with time zone,
    started_at     timestamp with time zone,
    finished_at    timestamp with time zone,
    no_show_at     timestamp with time zone,
    left_at        timestamp with time zone,
    handed_over_at timestamp with time zone,
    call_count     integer      not null default 0,
    desk_code      varchar(40),
    counsellor     varchar(60),
    version        integer      not null default 0,
    unique (office_id, service_day, day_number)
);

create index ticket_office_day_state on ticket (office_id, service_day, state);
