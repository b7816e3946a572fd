-- One row per counsellor and day on which bookings happen. A booking locks the rows of the days its talk
-- touches (SELECT ... FOR UPDATE), so competing bookings for the same counsellor and day queue up, while
-- bookings for other days or counsellors go ahead in parallel (decision 0007).
create table calendar_lock (
    counsellor varchar(60) not null references staff_account (username) on delete cascade,
    lock_day   date        not null,
    primary key (counsellor, lock_day)
);
