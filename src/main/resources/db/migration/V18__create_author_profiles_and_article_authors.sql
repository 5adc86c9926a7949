-- Authors: every staff member has a public author profile (URL slug, short bio, a photo
-- once the media library exists), and an article names its authors in byline order. The
-- article's old free-text byline column stays as the credit for agency copy
-- ("Associated Press"), shown after the authors, or alone.

create table author_profile (
    staff_user_id   bigint        primary key references staff_user (id) on delete cascade,
    slug            varchar(80)   not null,
    bio             varchar(500)  not null default '',
    -- For the media library (another branch): the portrait's media id. No foreign key yet.
    photo_media_id  bigint
);
create unique index author_profile_slug_key on author_profile (slug);

-- A profile for every account, however it is created (admin pages, first admin, scripts):
-- a trigger makes one with a slug from the display name ("Ann Smith" -> ann-smith), the id
-- appended when that slug is taken. Staff can change it on their profile page.
create function author_profile_slug_base(name text) returns text language plpgsql as $$
declare
    folded text := lower(name);
begin
    begin
        -- Drop accents ("Renée" -> renee) where the database can decompose text.
        folded := regexp_replace(normalize(folded, NFD), '[\u0300-\u036f]', '', 'g');
    exception when others then
        null;
    end;
    folded := regexp_replace(folded, '[''\u2019]', '', 'g');
    folded := trim(both '-' from regexp_replace(folded, '[^a-z0-9]+', '-', 'g'));
    return left(trim(both '-' from left(folded, 60)), 60);
end;
$$;

create function author_profile_for_new_staff() returns trigger language plpgsql as $$
declare
    base text := author_profile_slug_base(new.display_name);
    candidate text;
begin
    if base = '' then
        base := author_profile_slug_base(new.username);
    end if;
    if base = '' then
        base := 'author';
    end if;
    candidate := base;
    if exists (select 1 from author_profile where slug = candidate) then
        candidate := base || '-' || new.id;
    end if;
    insert into author_profile (staff_user_id, slug) values (new.id, candidate) on conflict do nothing;
    return new;
end;
$$;

create trigger staff_user_author_profile after insert on staff_user
    for each row execute function author_profile_for_new_staff();

-- Existing accounts, oldest first, so the first "Ann Smith" keeps the plain slug.
do $$
declare
    member record;
    base text;
    candidate text;
begin
    for member in select id, username, display_name from staff_user order by id loop
        base := author_profile_slug_base(member.display_name);
        if base = '' then
            base := author_profile_slug_base(member.username);
        end if;
        if base = '' then
            base := 'author';
        end if;
        candidate := base;
        if exists (select 1 from author_profile where slug = candidate) then
            candidate := base || '-' || member.id;
        end if;
        insert into author_profile (staff_user_id, slug) values (member.id, candidate);
    end loop;
end;
$$;

-- An article's authors in byline order. Accounts are disabled, never deleted, so a
-- byline outlives its author's employment.
create table article_author (
    article_id     bigint   not null references article (id) on delete cascade,
    position       integer  not null,
    staff_user_id  bigint   not null references staff_user (id),
    primary key (article_id, position)
);
-- Author pages and feeds go from the author to their articles.
create index article_author_staff_idx on article_author (staff_user_id, article_id);
