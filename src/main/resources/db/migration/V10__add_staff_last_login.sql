-- When each account last logged in, shown on the staff list so admins spot unused accounts.
alter table staff_user add column last_login_at timestamptz;
