-- Administration: settings staff change on the settings page, and one-time passwords for new or reset accounts.

-- A setting stored here wins over the MicroProfile Config value of the same name (docs/decisions/0011).
create table app_setting (
    name          varchar(80)  primary key,
    setting_value varchar(200) not null,
    changed_at    timestamp with time zone not null
);

-- set when an administrator created the account or reset its password: the person chooses their own at login
alter table staff_account add column password_change_required boolean not null default false;
