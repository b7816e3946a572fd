-- Login throttling (decision 0010): failed logins counted per account and per client address, shared by all
-- instances through the database. Only SHA-256 hashes of the account name and of the address are stored,
-- and rows are deleted once their window and block have passed.
CREATE TABLE login_failures (
    subject       VARCHAR(64) NOT NULL PRIMARY KEY,
    failures      INTEGER     NOT NULL,
    window_start  TIMESTAMP WITH TIME ZONE NOT NULL,
    blocked_until TIMESTAMP WITH TIME ZONE
);
