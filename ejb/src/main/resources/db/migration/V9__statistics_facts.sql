-- Funder reporting (issue 6): anonymous facts of their own, written in the transaction that ends a contact or
-- changes a handover, so the statistics survive the erasure of names and contacts in tickets, appointments and
-- handovers. The links back (ticket_id, appointment_id, handover_id) are plain numbers without a foreign key:
-- a fact never keeps a personal record alive, and the unique constraints make sure no contact counts twice.
-- Portable between PostgreSQL and H2 2.x (no "day", "value", "year": contact_day, handover_day).

-- reception may tick "first contact" when issuing a ticket; counsellors may add further concern categories
alter table ticket add column first_contact boolean not null default false;
-- the first call and the first start, which recalls and transfers do not move (waiting and service time)
alter table ticket add column first_called_at timestamp with time zone;
alter table ticket add column first_started_at timestamp with time zone;
update ticket set first_called_at = called_at, first_started_at = started_at;

create table ticket_concern (
    ticket_id  bigint      not null references ticket (id) on delete cascade,
    concern_id varchar(40) not null references concern (id),
    primary key (ticket_id, concern_id)
);

-- EclipseLink takes nextval as the last id of a block of 50, so the first value must be at least 50
create sequence contact_fact_seq start with 50 increment by 50;

-- one row per contact that ended: served (DONE), handed over, no-show (ticket called in vain or appointment
-- missed) or left before being called
create table contact_fact (
    id              bigint      primary key,
    office_id       varchar(40) not null references office (id),
    contact_day     date        not null,
    source          varchar(12) not null check (source in ('WALK_IN', 'APPOINTMENT')),
    outcome         varchar(12) not null check (outcome in ('DONE', 'HANDED_OVER', 'NO_SHOW', 'LEFT')),
    first_contact   boolean     not null default false,
    wait_seconds    integer     check (wait_seconds >= 0),
    service_seconds integer     check (service_seconds >= 0),
    ticket_id       bigint      unique,
    appointment_id  bigint      unique,
    recorded_at     timestamp with time zone not null
);

create index contact_fact_day on contact_fact (contact_day, office_id);

create table contact_fact_concern (
    fact_id    bigint      not null references contact_fact (id) on delete cascade,
    concern_id varchar(40) not null references concern (id),
    primary key (fact_id, concern_id)
);

create sequence handover_fact_seq start with 50 increment by 50;

-- one row per handover, its outcome kept up to date with the handover's state
create table handover_fact (
    id           bigint      primary key,
    handover_id  bigint      not null unique,
    office_id    varchar(40) not null references office (id),
    handover_day date        not null,
    partner_type varchar(40) not null,
    concern_id   varchar(40) references concern (id),
    outcome      varchar(20) not null,
    updated_at   timestamp with time zone not null
);

create index handover_fact_day on handover_fact (handover_day, office_id);

-- Backfill from what exists. Ids of backfilled rows are negative (derived from the source row's id), so they
-- can never meet the sequence's positive ids.
insert into contact_fact (id, office_id, contact_day, source, outcome, first_contact, wait_seconds, service_seconds,
                          ticket_id, appointment_id, recorded_at)
select -2 * t.id, t.office_id, t.service_day, t.source, t.state, false,
       case when t.called_at is null then null
            else greatest(0, cast(extract(epoch from (t.called_at - greatest(t.issued_at, t.queued_at))) as integer)) end,
       case when t.started_at is null then null
            else greatest(0, cast(extract(epoch from (coalesce(t.finished_at, t.handed_over_at) - t.started_at)) as integer)) end,
       t.id, null, coalesce(t.finished_at, t.handed_over_at, t.no_show_at, t.left_at, t.issued_at)
from ticket t
where t.state in ('DONE', 'HANDED_OVER', 'NO_SHOW', 'LEFT');

insert into contact_fact_concern (fact_id, concern_id)
select -2 * t.id, t.concern_id from ticket t
where t.concern_id is not null and t.state in ('DONE', 'HANDED_OVER', 'NO_SHOW', 'LEFT');

insert into contact_fact (id, office_id, contact_day, source, outcome, first_contact, wait_seconds, service_seconds,
                          ticket_id, appointment_id, recorded_at)
select -2 * a.id - 1, a.office_id, cast(a.starts_at as date), 'APPOINTMENT', 'NO_SHOW', false, null, null,
       null, a.id, coalesce(a.no_show_at, a.starts_at)
from appointment a
where a.state = 'NO_SHOW';

insert into contact_fact_concern (fact_id, concern_id)
select -2 * a.id - 1, a.concern_id from appointment a where a.state = 'NO_SHOW';

insert into handover_fact (id, handover_id, office_id, handover_day, partner_type, concern_id, outcome, updated_at)
select -h.id, h.id, h.office_id, cast(h.created_at as date), p.type, h.concern_id, h.state, h.created_at
from handover h
join partner_contact c on c.id = h.partner_contact_id
join partner p on p.id = c.partner_id;
