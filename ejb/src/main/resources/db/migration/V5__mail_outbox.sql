-- Mail outbox: business transactions add mails here; MailSender delivers them after commit and retries.
-- Runs on PostgreSQL and H2 2.x alike (no identity columns, no text/clob: varchar(1000000) is valid in both).

-- EclipseLink takes nextval as the last id of a block of 50, so the first value must be at least 50
create sequence outbox_mail_seq start with 50 increment by 50;

create table outbox_mail (
    id               bigint         primary key,
    dedup_key        varchar(200)   not null unique,
    recipient        varchar(320)   not null,
    subject          varchar(998)   not null,
    text_body        varchar(1000000) not null,
    html_body        varchar(1000000),
    calendar_method  varchar(10)    check (calendar_method in ('REQUEST', 'CANCEL')),
    calendar_text    varchar(1000000),
    language         varchar(10)    not null,
    state            varchar(10)    not null check (state in ('PENDING', 'SENT', 'FAILED')),
    attempts         integer        not null default 0,
    next_attempt_at  timestamp with time zone,
    created_at       timestamp with time zone not null,
    sent_at          timestamp with time zone,
    last_error       varchar(200),
    version          integer        not null default 0
);

-- the sender's question: which pending mails are due, oldest first
create index outbox_mail_due on outbox_mail (state, next_attempt_at);
