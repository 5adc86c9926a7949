-- The body as plain text, what a reader reads: the rendered HTML without its tags
-- (io.newsdesk.article.BodyText, jsoup), written with the HTML at every save. Search
-- snippets are cut from it, so no Markdown syntax (**, [link](url)) shows in results,
-- and the full-text vector is built from it, so the words of a link's address or of
-- Markdown markup no longer match. Null means "not converted yet": rows from before are
-- filled in by io.newsdesk.article.BodyTextBackfill at start-up, in batches.
alter table article add column body_text text;

-- The search vector, regenerated from the plain text (the Markdown until a row has it).
-- Regenerating a stored column rewrites the table: seconds for a newsroom's archive,
-- minutes at a million rows (docs/database.md). The GIN index goes with the column and is
-- made again as in V7.
alter table article drop column search_vector;
alter table article add column search_vector tsvector generated always as (
    setweight(to_tsvector('english'::regconfig, coalesce(headline, '')), 'A')
    || setweight(to_tsvector('english'::regconfig, coalesce(standfirst, '')), 'B')
    || setweight(to_tsvector('english'::regconfig, coalesce(body_text, body_markdown, '')), 'C')
) stored;
create index article_search_idx on article using gin (search_vector) where status = 'PUBLISHED';

-- What BodyTextBackfill still has to convert: empty once it has run, so every later
-- start-up asks an empty index instead of scanning the table.
create index article_body_text_missing_idx on article (id) where body_text is null;
