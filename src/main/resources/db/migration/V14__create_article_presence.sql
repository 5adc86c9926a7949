-- Who opened which article's edit form, and when: the edit page notes "<name> is also
-- editing this article" for others seen in the last few minutes. In the database, not in
-- memory, so it works across several app instances. One row per article and staff member,
-- upserted on every opening.
create table article_presence (
    article_id  bigint       not null references article (id) on delete cascade,
    staff_id    bigint       not null references staff_user (id) on delete cascade,
    opened_at   timestamptz  not null,
    primary key (article_id, staff_id)
);
