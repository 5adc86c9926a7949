-- Suggestions an editor blocked for one article: the Related Articles rail never suggests
-- blocked_article_id under article_id (io.newsdesk.related). Either article going away
-- takes the block with it; a staff account is never deleted (only disabled), so
-- created_by may reference it.
create table related_block (
    article_id          bigint      not null references article (id) on delete cascade,
    blocked_article_id  bigint      not null references article (id) on delete cascade,
    created_at          timestamptz not null,
    created_by          bigint      references staff_user (id),
    primary key (article_id, blocked_article_id),
    constraint related_block_not_self check (article_id <> blocked_article_id)
);
-- Purging an article deletes the blocks that name it on either side.
create index related_block_blocked_idx on related_block (blocked_article_id);
