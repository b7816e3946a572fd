-- Privacy (issue 6): personal fields are erased after the retention period or on a data subject's request;
-- the rows and their anonymous facts stay for the statistics. Portable between PostgreSQL and H2 2.x.

-- when the personal fields of a row were erased (null: not yet); the retention job's bulk updates skip such rows
alter table ticket add column erased_at timestamp with time zone;
alter table appointment add column erased_at timestamp with time zone;
alter table handover add column erased_at timestamp with time zone;

-- an erased booking has no name any more, and the citizen's links (ticket page, manage link) stop working
alter table appointment alter column name drop not null;
alter table appointment alter column manage_token drop not null;
alter table ticket alter column token drop not null;

-- the retention job finds old rows by these
create index ticket_issued_at on ticket (issued_at);
create index appointment_ends_at on appointment (ends_at);
create index handover_ends_at on handover (ends_at);
create index handover_client_email on handover (client_email);

-- Audit trail: who did what and when, never with content (no names, concerns, notes). actor is a staff
-- username, or 'citizen', 'partner', 'system', 'unknown'. No foreign keys: the trail outlives what it names.
create sequence audit_event_seq start with 50 increment by 50;

create table audit_event (
    id          bigint      primary key,
    occurred_at timestamp with time zone not null,
    actor       varchar(60) not null,
    action      varchar(60) not null,
    object_type varchar(20),
    object_id   varchar(40),
    office_id   varchar(40)
);

create index audit_event_occurred on audit_event (occurred_at);
create index audit_event_actor on audit_event (actor, occurred_at);
