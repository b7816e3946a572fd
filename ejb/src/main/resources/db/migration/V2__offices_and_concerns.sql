-- The two KOMPASS offices and the concern categories of the project description ("Problemlagen").
-- Addresses, hours and rooms are maintained in the administration afterwards.

insert into office (id, name, ticket_prefix, street, postal_code, city, phone, email) values
    ('arnstadt', 'KOMPASS Arnstadt', 'A', 'Ritterstraße 14', '99310', 'Arnstadt', '03628 5889 40', 'kompass-arnstadt@thinka-ilm-kreis.de'),
    ('ilmenau',  'KOMPASS Ilmenau',  'I', 'Lindenstraße 23', '98693', 'Ilmenau',  '03677 6479 20', 'kompass-ilmenau@thinka-ilm-kreis.de');

insert into office_opening_hours (office_id, day_of_week, opens_at, closes_at) values
    ('arnstadt', 1, '09:00', '12:00'), ('arnstadt', 1, '13:00', '16:00'),
    ('arnstadt', 2, '09:00', '12:00'), ('arnstadt', 2, '13:00', '18:00'),
    ('arnstadt', 4, '09:00', '12:00'), ('arnstadt', 4, '13:00', '16:00'),
    ('arnstadt', 5, '09:00', '12:00'),
    ('ilmenau',  1, '09:00', '12:00'),
    ('ilmenau',  2, '09:00', '12:00'), ('ilmenau',  2, '13:00', '16:00'),
    ('ilmenau',  3, '13:00', '18:00'),
    ('ilmenau',  4, '09:00', '12:00'), ('ilmenau',  4, '13:00', '16:00');

insert into office_desk (office_id, code, name, position) values
    ('arnstadt', 'raum-1', 'Raum 1', 1),
    ('arnstadt', 'raum-2', 'Raum 2', 2),
    ('arnstadt', 'raum-3', 'Raum 3', 3),
    ('ilmenau',  'raum-1', 'Raum 1', 1),
    ('ilmenau',  'raum-2', 'Raum 2', 2);

insert into concern (id, name_de, name_en, duration_minutes, bookable_online, position) values
    ('soziale-isolation',          'Soziale Isolation',                                       'Social isolation',                                   45, true, 1),
    ('behoerden-alltag',           'Überforderung mit behördlichen und lebenspraktischen Fragen', 'Overwhelmed by official letters and everyday matters', 45, true, 2),
    ('schulden',                   'Ver-/Überschuldung',                                      'Debt and over-indebtedness',                         60, true, 3),
    ('schul-berufsabschluss',      'Fehlender Schul-/Berufsabschluss',                        'No school-leaving or vocational certificate',        45, true, 4),
    ('qualifikation',              'Fehlende Qualifikation',                                  'Lack of qualifications',                             45, true, 5),
    ('kognitive-einschraenkungen', 'Kognitive Einschränkungen',                               'Cognitive impairments',                              60, false, 6),
    ('motivation',                 'Motivationslosigkeit',                                    'Lack of motivation',                                 45, true, 7),
    ('gesundheit',                 'Gesundheitliche Einschränkungen',                         'Health limitations',                                 45, true, 8);
