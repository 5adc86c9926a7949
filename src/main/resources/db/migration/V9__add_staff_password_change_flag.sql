-- Accounts an admin creates (or resets) get a temporary password the person must replace at
-- their next login; until then every admin page leads to the change-password page.
alter table staff_user add column must_change_password boolean not null default false;
