-- Queue changes, written in the same transaction as the change (decision 0015). Instances of a cluster fill
-- gaps in their live stream from here (a change whose cluster message never came) and clients reconnecting
-- with since are replayed from here. Rows live one day (DayClosing deletes older ones); the payload holds
-- the ticket's pseudonym, so a data subject's erasure deletes the ticket's rows too (ticket_id).
CREATE TABLE queue_event (
    office_id   VARCHAR(40)       NOT NULL,
    seq         BIGINT            NOT NULL,
    ticket_id   BIGINT            NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    payload     VARCHAR(1000000)  NOT NULL,
    PRIMARY KEY (office_id, seq)
);

CREATE INDEX queue_event_created ON queue_event (created_at);
CREATE INDEX queue_event_ticket ON queue_event (ticket_id);
