package io.newsdesk.article.correction;

/**
 * A correction or update as pages show it.
 *
 * @param kind "Correction" or "Update"
 * @param text what the editor wrote, plain text (templates escape it)
 * @param iso when, for {@code <time datetime>}, with the site's offset
 * @param display when, in the site's time zone
 * @param author who added it (shown to staff only)
 */
public record NoteView(String kind, String text, String iso, String display, String author) {
}
