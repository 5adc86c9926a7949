-- Which library images an article's body places with ![](media:ID). Bodies are rendered at
-- save time, so when an image's alt text, caption or credit changes, the bodies that show
-- it are rendered again; this table finds them without scanning every body. Written by
-- ArticleEditor on each save.
create table article_body_media (
    article_id  bigint not null references article (id) on delete cascade,
    media_id    bigint not null references media_asset (id),
    primary key (article_id, media_id)
);
create index article_body_media_media_idx on article_body_media (media_id);

-- Bodies saved before this table: any media:ID in the Markdown that names a library image.
-- This can over-count (a reference inside a code span); that only costs a harmless
-- re-render.
insert into article_body_media (article_id, media_id)
select distinct a.id, m.id
from article a
cross join lateral regexp_matches(a.body_markdown, 'media:([0-9]{1,18})', 'g') as ref(groups)
join media_asset m on m.id = ref.groups[1]::bigint;
