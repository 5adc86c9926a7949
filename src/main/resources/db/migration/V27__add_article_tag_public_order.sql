-- Tag pages page through a tag's visible articles newest first. Ordering by the article's
-- publish time meant joining every article of the tag (374,000 for the largest tag at one
-- million articles) and sorting them before skipping to page 500: seconds. The link row
-- now carries its article's publish time and whether it is listed (published and not
-- deleted), so one index walks a tag's stories in reading order. "Its publish time has
-- come" stays a query-time condition (Visibility.TAG_LINK_SQL) bound to the clock.
--
-- The copies are kept by triggers, whatever writes the article: ArticleEditor, the
-- scheduled purge or an operator's SQL.
alter table article_tag
    add column publish_at timestamptz,
    add column listed     boolean not null default false;

create function article_tag_copy_article() returns trigger language plpgsql as $$
begin
    select a.publish_at, (a.status = 'PUBLISHED' and a.deleted_at is null)
      into new.publish_at, new.listed
      from article a where a.id = new.article_id;
    return new;
end $$;

create trigger article_tag_copy_article before insert or update of article_id on article_tag
    for each row execute function article_tag_copy_article();

create function article_tag_follow_article() returns trigger language plpgsql as $$
begin
    update article_tag
       set publish_at = new.publish_at,
           listed = (new.status = 'PUBLISHED' and new.deleted_at is null)
     where article_id = new.id;
    return null;
end $$;

create trigger article_tag_follow_article after update of status, publish_at, deleted_at on article
    for each row
    when (old.status is distinct from new.status
          or old.publish_at is distinct from new.publish_at
          or (old.deleted_at is null) <> (new.deleted_at is null))
    execute function article_tag_follow_article();

update article_tag t
   set publish_at = a.publish_at,
       listed = (a.status = 'PUBLISHED' and a.deleted_at is null)
  from article a
 where a.id = t.article_id;

create index article_tag_public_idx on article_tag (tag_id, publish_at desc, article_id desc) where listed;

analyze article_tag;
