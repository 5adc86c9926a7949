-- Editor-picked Related Articles, in the editor's order (position 0 first).
create table related_link (
    article_id          bigint  not null references article (id) on delete cascade,
    position            integer not null,
    related_article_id  bigint  not null references article (id) on delete cascade,
    primary key (article_id, position)
);
create index related_link_related_idx on related_link (related_article_id);
