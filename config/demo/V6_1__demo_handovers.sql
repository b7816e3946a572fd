-- Demo data for handovers: the counsellors' own addresses, which organise their handover invitations.
update staff_account set email = 'beratung-arnstadt@kompass.demo.invalid' where username = 'beratung-arnstadt';
update staff_account set email = 'beratung-ilmenau@kompass.demo.invalid' where username = 'beratung-ilmenau';
update staff_account set email = 'vertretung-arnstadt@kompass.demo.invalid' where username = 'vertretung-arnstadt';
