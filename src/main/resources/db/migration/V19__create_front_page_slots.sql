-- Front-page control: at most one pinned lead story and one breaking-news banner, each
-- optionally until a given time. A slot only shows while its story is visible (see
-- io.newsdesk.article.Visibility) and its time has not passed; deleting the story frees it.
create table front_page_slot (
    kind        varchar(20)  primary key,
    article_id  bigint       not null references article (id) on delete cascade,
    until       timestamptz,
    set_by      varchar(60),
    set_at      timestamptz  not null,
    constraint front_page_slot_kind_check check (kind in ('LEAD', 'BREAKING'))
);
