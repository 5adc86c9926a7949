-- V28's deferred trigger updates a save's tag rows at commit, one row per link in the
-- order the links were written. Two saves committing at the same moment with two tags
-- in opposite orders (one tagged "China, Trade", the other "Trade, China") could each
-- hold one tag row and wait for the other's: a deadlock, and one editor's save refused.
-- Taking one transaction-wide advisory lock first makes such commits queue instead; it
-- is held only from the commit's first count update to its end (nothing else updates
-- tag rows: tags are never edited in place).
create or replace function tag_count_links() returns trigger language plpgsql as $$
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
