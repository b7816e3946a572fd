-- Demo working plans: who can be booked when (demo mode only).
-- Arnstadt: "beratung-arnstadt" most days, "vertretung-arnstadt" on Tuesday afternoon and Thursday morning.
-- Ilmenau: "beratung-ilmenau" alone, so every Ilmenau slot has exactly one counsellor.

insert into work_plan (id, username, office_id, day_of_week, starts_at, ends_at, break_starts_at, break_ends_at, valid_from) values
    (1, 'beratung-arnstadt',   'arnstadt', 1, '09:00', '12:00', null, null, date '2026-01-01'),
    (2, 'beratung-arnstadt',   'arnstadt', 2, '09:00', '18:00', '12:00', '13:00', date '2026-01-01'),
    (3, 'beratung-arnstadt',   'arnstadt', 4, '09:00', '16:00', '12:00', '13:00', date '2026-01-01'),
    (4, 'beratung-arnstadt',   'arnstadt', 5, '09:00', '12:00', null, null, date '2026-01-01'),
    (5, 'vertretung-arnstadt', 'arnstadt', 2, '13:00', '18:00', null, null, date '2026-01-01'),
    (6, 'vertretung-arnstadt', 'arnstadt', 4, '09:00', '12:00', null, null, date '2026-01-01'),
    (7, 'beratung-ilmenau',    'ilmenau',  1, '09:00', '12:00', null, null, date '2026-01-01'),
    (8, 'beratung-ilmenau',    'ilmenau',  2, '09:00', '16:00', '12:00', '13:00', date '2026-01-01'),
    (9, 'beratung-ilmenau',    'ilmenau',  3, '13:00', '18:00', null, null, date '2026-01-01'),
    (10, 'beratung-ilmenau',   'ilmenau',  4, '09:00', '16:00', '12:00', '13:00', date '2026-01-01');

insert into office_closure (office_id, closed_on, reason) values
    ('arnstadt', date '2026-12-24', 'Heiligabend'),
    ('arnstadt', date '2026-12-31', 'Silvester'),
    ('ilmenau',  date '2026-12-24', 'Heiligabend'),
    ('ilmenau',  date '2026-12-31', 'Silvester');
