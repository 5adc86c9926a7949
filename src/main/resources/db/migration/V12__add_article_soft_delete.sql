-- Soft delete: a deleted article keeps its row, state and text so an editor can restore
-- it; its public URL answers 410 Gone meanwhile. A scheduled job removes rows deleted
-- longer ago than newsdesk.workflow.deleted-retention (30 days by default).
alter table article
    add column deleted_at  timestamptz,
    add column deleted_by  bigint references staff_user (id) on delete set null;

-- The Deleted view (newest first) and the purge job (oldest first).
create index article_deleted_idx on article (deleted_at) where deleted_at is not null;
