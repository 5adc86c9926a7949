-- Slugs a public article used to have, so its old addresses answer 301 to the current one
-- (io.newsdesk.article.redirect). Each old slug points at the article, not at the next slug,
-- so a chain of renames is always one hop. A slug is in at most one place: taking it for a
-- live article removes it from here.
create table article_slug_history (
    slug        varchar(200) primary key,
    article_id  bigint       not null references article (id) on delete cascade,
    retired_at  timestamptz  not null
);
create index article_slug_history_article_idx on article_slug_history (article_id);
