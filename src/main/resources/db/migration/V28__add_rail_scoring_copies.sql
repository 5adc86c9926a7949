-- Two copies that let the Related Articles rail score its candidates without reading the
-- article table (io.newsdesk.related.RelatedRailQuery). At a million articles the rail
-- took 25 ms median, 40 ms p95: 5 ms counting each tag's links, and most of the rest
-- fetching some 400 candidate rows from a 18 GB table only to learn their section.
--
-- 1. tag.article_count: how many articles carry the tag, the rarity weight's
--    denominator. Counting at every rail read up to 10,000 index entries per tag, and the
--    cap made every tag above 10,000 stories weigh the same. A trigger keeps the count
--    whatever writes article_tag (ArticleEditor, the purge, an operator's SQL). It is
--    deferred to commit: a save holds its tags' rows only while it commits, so editors
--    saving stories that share a busy tag ("Politics") barely wait for each other. At
--    commit it updates one tag row per link, in the order the links were written, so two
--    saves committing together with tags in opposite orders ("China, Trade" and "Trade,
--    China") could each hold one row and wait for the other's: a deadlock, one save
--    refused (TagCountRaceTests). It therefore first takes one transaction-wide advisory
--    lock, and such commits queue instead (nothing else updates tag rows: tags are never
--    edited in place).
-- 2. article_tag.section_id, beside the publish time and "listed" copies of V27, kept by
--    the same triggers, and carried in article_tag_public_idx: a tag's newest visible
--    stories now come with their section from the index alone.
--
-- At a million articles this migration rewrites 4 million tag links (about 3 minutes
-- on 2 cores); tagged saves wait while it runs.
alter table tag add column article_count integer not null default 0;

create function tag_count_links() returns trigger language plpgsql as $$
begin
    perform pg_advisory_xact_lock(hashtext('newsdesk.tag_count'));
    if tg_op in ('DELETE', 'UPDATE') then
        update tag set article_count = article_count - 1 where id = old.tag_id;
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        update tag set article_count = article_count + 1 where id = new.tag_id;
    end if;
    return null;
end $$;

create constraint trigger article_tag_count after insert or delete or update of tag_id on article_tag
    deferrable initially deferred
    for each row execute function tag_count_links();

update tag t
   set article_count = c.articles
  from (select tag_id, count(*) as articles from article_tag group by tag_id) c
 where c.tag_id = t.id;

alter table article_tag add column section_id bigint;

create or replace function article_tag_copy_article() returns trigger language plpgsql as $$
begin
    select a.publish_at, (a.status = 'PUBLISHED' and a.deleted_at is null), a.section_id
      into new.publish_at, new.listed, new.section_id
      from article a where a.id = new.article_id;
    return new;
end $$;

create or replace function article_tag_follow_article() returns trigger language plpgsql as $$
begin
    update article_tag
       set publish_at = new.publish_at,
           listed = (new.status = 'PUBLISHED' and new.deleted_at is null),
           section_id = new.section_id
     where article_id = new.id;
    return null;
end $$;

drop trigger article_tag_follow_article on article;

create trigger article_tag_follow_article after update of status, publish_at, deleted_at, section_id on article
    for each row
    when (old.status is distinct from new.status
          or old.publish_at is distinct from new.publish_at
          or (old.deleted_at is null) <> (new.deleted_at is null)
          or old.section_id is distinct from new.section_id)
    execute function article_tag_follow_article();

-- Dropped first so the copy is not written into the index row by row.
drop index article_tag_public_idx;

update article_tag t
   set section_id = a.section_id
  from article a
 where a.id = t.article_id;

create index article_tag_public_idx on article_tag (tag_id, publish_at desc, article_id desc)
    include (section_id) where listed;

analyze tag, article_tag;
