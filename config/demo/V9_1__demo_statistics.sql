-- Demo data for the statistics page (/intern/statistik): about four months of anonymous contact and handover
-- facts up to yesterday, on the offices' opening days, 4 to 10 contacts a day per office. The numbers are
-- made up but plausible (mostly walk-ins, a third booked, a few no-shows and departures, some handovers).
-- Ids are negative (far below the backfilled ones), so they never meet the sequences' ids.

create table demo_contact (
    id        bigint      primary key,
    office_id varchar(40) not null,
    seed      integer     not null,
    the_day   date        not null
);

insert into demo_contact (id, office_id, seed, the_day)
with recursive days(i) as (select 1 union all select i + 1 from days where i < 125),
     slots(k) as (select 1 union all select k + 1 from slots where k < 10)
select -(1000000000 + d.i * 1000 + case o.id when 'arnstadt' then 0 else 100 end + s.k),
       o.id,
       mod(d.i * 31 + s.k * 17 + case o.id when 'arnstadt' then 5 else 11 end, 97),
       cast(current_date - d.i * interval '1' day as date)
from days d
cross join slots s
cross join office o
where o.id in ('arnstadt', 'ilmenau')
  and s.k <= 4 + mod(d.i * 7 + case o.id when 'arnstadt' then 3 else 0 end, 7)
  and exists (select 1 from office_opening_hours h where h.office_id = o.id
              and h.day_of_week = extract(isodow from cast(current_date - d.i * interval '1' day as date)));

insert into contact_fact (id, office_id, contact_day, source, outcome, first_contact, wait_seconds, service_seconds,
                          ticket_id, appointment_id, recorded_at)
select c.id, c.office_id, c.the_day,
       case when mod(c.seed, 3) = 0 then 'APPOINTMENT' else 'WALK_IN' end,
       case when mod(c.seed, 20) = 0 then 'NO_SHOW'
            when mod(c.seed, 20) = 1 and mod(c.seed, 3) <> 0 then 'LEFT'
            when mod(c.seed, 20) in (2, 3) then 'HANDED_OVER'
            else 'DONE' end,
       mod(c.seed, 5) in (0, 1),
       case when mod(c.seed, 20) = 1 and mod(c.seed, 3) <> 0 then null
            when mod(c.seed, 20) = 0 and mod(c.seed, 3) = 0 then null
            when mod(c.seed, 3) = 0 then 60 * mod(c.seed * 13, 9) + mod(c.seed * 7, 60)
            else 60 * (2 + mod(c.seed * 13, 38)) + mod(c.seed * 7, 60) end,
       case when mod(c.seed, 20) in (0, 1) then null
            else 60 * (15 + mod(c.seed * 11, 46)) + mod(c.seed * 3, 60) end,
       null, null, current_timestamp
from demo_contact c;

-- every contact has a concern category, about a quarter a second one
insert into contact_fact_concern (fact_id, concern_id)
select c.id, k.id from demo_contact c join concern k on k.position = 1 + mod(c.seed * 5, 8);

insert into contact_fact_concern (fact_id, concern_id)
select c.id, k.id from demo_contact c join concern k on k.position = 1 + mod(c.seed * 5 + 3, 8)
where mod(c.seed, 4) = 0;

insert into handover_fact (id, handover_id, office_id, handover_day, partner_type, concern_id, outcome, updated_at)
select c.id, c.id, c.office_id, c.the_day,
       case mod(c.seed, 8) when 0 then 'DEBT_COUNSELLING' when 1 then 'JOB_CENTRE' when 2 then 'ADDICTION'
            when 3 then 'MIGRATION' when 4 then 'HOUSING_EMERGENCY' when 5 then 'SOCIAL_PSYCHIATRY'
            when 6 then 'FAMILY_COUNSELLING' else 'OTHER' end,
       k.id,
       case mod(c.seed, 7) when 0 then 'NOT_ATTENDED' when 1 then 'DECLINED' when 2 then 'WITHDRAWN'
            when 3 then 'ACCEPTED' else 'ATTENDED' end,
       current_timestamp
from demo_contact c join concern k on k.position = 1 + mod(c.seed * 5, 8)
where mod(c.seed, 20) in (2, 3);

drop table demo_contact;
