-- Newsroom workflow: "In review" and "Unpublished" (withdrawn) join Draft and Published,
-- and an article remembers who created it (writers may change only their own), who sent
-- it for review and when (the review queue), the note an editor left when sending it
-- back, and when it first went public (a withdrawn article answers 410 Gone only if
-- readers could once see it). Rows from before have no creator: only editors change them.
alter table article drop constraint article_status_check;
alter table article add constraint article_status_check
    check (status in ('DRAFT', 'IN_REVIEW', 'PUBLISHED', 'UNPUBLISHED'));

alter table article
    add column created_by          bigint references staff_user (id) on delete set null,
    add column submitted_by        bigint references staff_user (id) on delete set null,
    add column submitted_at        timestamptz,
    add column review_note         text,
    add column review_note_by      bigint references staff_user (id) on delete set null,
    add column review_note_at      timestamptz,
    add column first_published_at  timestamptz;

update article set first_published_at = publish_at where status = 'PUBLISHED';

-- The review queue: articles waiting for review, oldest submission first.
create index article_review_queue_idx on article (submitted_at, id) where status = 'IN_REVIEW';
-- A writer's own list, newest first.
create index article_created_by_idx on article (created_by, created_at desc);
