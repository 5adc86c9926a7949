-- One-time events that must happen once across restarts and instances (e.g. loading the
-- demo content): a row here means it has happened.
create table app_flag (
    name        varchar(100) primary key,
    set_at      timestamptz  not null default now()
);
