-- Revisions keep every field, and articles gained authors (V18) and a featured image
-- (V21) after revisions were introduced (V13). Revisions saved before this have NULL
-- author_ids: "not recorded", so restoring one keeps the article's current authors and
-- image rather than wiping them. Adding columns fires no row trigger, so the
-- append-only rule of article_revision stands.
alter table article_revision
    add column author_ids        bigint[],
    add column author_names      text[],
    add column featured_media_id bigint;
