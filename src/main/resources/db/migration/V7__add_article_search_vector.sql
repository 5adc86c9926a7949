-- Full-text search (the search page now, related-article suggestions later): a weighted
-- tsvector kept up to date by PostgreSQL itself, so no code path can forget to refresh it.
-- Headline weighs most (A), then standfirst (B), then body (C).
--
-- A generated column must use a constant text-search configuration: it is 'english' here.
-- newsdesk.search.language (default english) names the configuration queries use to parse
-- what readers type; a site in another language changes both, the column through a NEW
-- migration (alter table article drop column search_vector, then add it again with the
-- other configuration), never by editing this one.
alter table article add column search_vector tsvector generated always as (
    setweight(to_tsvector('english'::regconfig, coalesce(headline, '')), 'A')
    || setweight(to_tsvector('english'::regconfig, coalesce(standfirst, '')), 'B')
    || setweight(to_tsvector('english'::regconfig, coalesce(body_markdown, '')), 'C')
) stored;

-- Only published articles are ever searched (drafts never are), so the index leaves them out.
create index article_search_idx on article using gin (search_vector) where status = 'PUBLISHED';
