-- An article's featured image, from the media library; nullable (most wires have none).
-- Restrict: a library image in use cannot disappear from under a live article.
alter table article add column featured_media_id bigint references media_asset (id) on delete restrict;
create index article_featured_media_idx on article (featured_media_id) where featured_media_id is not null;
