-- Demo data, loaded by Flyway only in demo mode (kompass.demo.enabled=true), never in production.
-- Every demo account has the password "demo" (PBKDF2WithHmacSHA256, 210,000 iterations).

insert into staff_account (username, display_name, password_hash) values
    ('admin',             'Verwaltung (Demo)',        'PBKDF2WithHmacSHA256:210000:9JErd1GFe2nUPwAUFRwMpFAKvcyhWjXICsuG3TjNPAI=:N6eq3ruGhDj2Th6k6iS6JkiqIWN7YXCYQ32N54SNyKI='),
    ('empfang-arnstadt',  'Empfang Arnstadt (Demo)',  'PBKDF2WithHmacSHA256:210000:1/4UMejVFThqHljREaTbp1qRICiWGl+PXLQpRVF30fk=:GnFkoc24uTaujIGIfrpODc5gTxBTkf5KuBXj9Rh/Nes='),
    ('empfang-ilmenau',   'Empfang Ilmenau (Demo)',   'PBKDF2WithHmacSHA256:210000:IxjWkl11vtL8BU0BlJrk6o90hnQT5VQImfGEAX6Kx4o=:Djv2fCpHPCxPYvoVf8QU12fJ+9LI9F2RqQy6zbsWUN0='),
    ('beratung-arnstadt', 'Beratung Arnstadt (Demo)', 'PBKDF2WithHmacSHA256:210000:qvcCZ7cdc3+zMPKLabiUsrOHLoSWJvsmm0M3sQBADLw=:tVXpFqMeDPZJ20ZYUm3U4rtZDxObIFJCXuppXfbSCtA='),
    ('beratung-ilmenau',  'Beratung Ilmenau (Demo)',  'PBKDF2WithHmacSHA256:210000:7waStXEN9PPC4Em1asIlY3svzW/2362l8pq57u4cWAY=:sBTIk/2G8axJhSUxoT53+MhqvaRP7TiWSlx4aWMjkCg='),
    ('vertretung-arnstadt', 'Vertretung Arnstadt (Demo)', 'PBKDF2WithHmacSHA256:210000:3ScUV7U5QoBZP8v37qcrYFWHUXiwp/lQc0i9gEEy+Wc=:k6TqNvZzUkNuP5E5KoVDHND+a3NYuvGspx2LHhK4brc=');

insert into staff_role (username, role) values
    ('admin', 'ADMIN'),
    ('empfang-arnstadt', 'RECEPTION'),
    ('empfang-ilmenau', 'RECEPTION'),
    ('beratung-arnstadt', 'COUNSELLOR'),
    ('beratung-ilmenau', 'COUNSELLOR'),
    ('vertretung-arnstadt', 'COUNSELLOR');

insert into staff_office (username, office_id) values
    ('admin', 'arnstadt'), ('admin', 'ilmenau'),
    ('empfang-arnstadt', 'arnstadt'),
    ('empfang-ilmenau', 'ilmenau'),
    ('beratung-arnstadt', 'arnstadt'),
    ('beratung-ilmenau', 'ilmenau'),
    ('vertretung-arnstadt', 'arnstadt');

insert into partner (id, name, type, street, postal_code, city, phone) values
    ('schuldnerberatung-ilm-kreis', 'Schuldner- und Insolvenzberatung Ilm-Kreis (Demo)', 'DEBT_COUNSELLING',  'Bahnhofstraße 8',   '99310', 'Arnstadt', '03628 7710 10'),
    ('jobcenter-ilm-kreis',         'Jobcenter Ilm-Kreis (Demo)',                        'JOB_CENTRE',        'Ritterstraße 2',    '99310', 'Arnstadt', '03628 6190 0'),
    ('suchtberatung-ilmenau',       'Suchtberatungsstelle Ilmenau (Demo)',               'ADDICTION',         'Karl-Zink-Straße 5', '98693', 'Ilmenau', '03677 8420 33'),
    ('migrationsberatung-ilm-kreis','Migrationsberatung für Erwachsene Ilm-Kreis (Demo)', 'MIGRATION',        'Marktstraße 11',    '98693', 'Ilmenau',  '03677 2077 50'),
    ('wohnungsnotfallhilfe-arnstadt','Wohnungsnotfallhilfe Arnstadt (Demo)',             'HOUSING_EMERGENCY', 'Lessingstraße 20',  '99310', 'Arnstadt', '03628 6029 12'),
    ('spdi-ilm-kreis',              'Sozialpsychiatrischer Dienst Ilm-Kreis (Demo)',     'SOCIAL_PSYCHIATRY', 'Krankenhausstraße 1', '99310', 'Arnstadt', '03628 7381 40');

insert into partner_office (partner_id, office_id) values
    ('schuldnerberatung-ilm-kreis', 'arnstadt'), ('schuldnerberatung-ilm-kreis', 'ilmenau'),
    ('jobcenter-ilm-kreis', 'arnstadt'), ('jobcenter-ilm-kreis', 'ilmenau'),
    ('suchtberatung-ilmenau', 'ilmenau'),
    ('migrationsberatung-ilm-kreis', 'arnstadt'), ('migrationsberatung-ilm-kreis', 'ilmenau'),
    ('wohnungsnotfallhilfe-arnstadt', 'arnstadt'),
    ('spdi-ilm-kreis', 'arnstadt'), ('spdi-ilm-kreis', 'ilmenau');

insert into partner_contact (id, partner_id, name, email, phone) values
    (1, 'schuldnerberatung-ilm-kreis', 'Frau Jana Köhler',   'j.koehler@schuldnerberatung.demo.invalid', '03628 7710 11'),
    (2, 'schuldnerberatung-ilm-kreis', 'Herr Björn Weiß',    'b.weiss@schuldnerberatung.demo.invalid',   '03628 7710 12'),
    (3, 'jobcenter-ilm-kreis',         'Frau Sabine Müller', 's.mueller@jobcenter.demo.invalid',         '03628 6190 21'),
    (4, 'suchtberatung-ilmenau',       'Herr Jörg Schäfer',  'j.schaefer@suchtberatung.demo.invalid',    '03677 8420 34'),
    (5, 'migrationsberatung-ilm-kreis','Frau Aylin Demir',   'a.demir@migrationsberatung.demo.invalid',  '03677 2077 51'),
    (6, 'wohnungsnotfallhilfe-arnstadt','Herr Uwe Groß',     'u.gross@wohnungshilfe.demo.invalid',       '03628 6029 13'),
    (7, 'spdi-ilm-kreis',              'Frau Dr. Ines Römer','i.roemer@spdi.demo.invalid',               '03628 7381 41');
