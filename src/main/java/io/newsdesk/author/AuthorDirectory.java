package io.newsdesk.author;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * Authors as the article form needs them: the picker's options, the chosen ones in byline
 * order, and the check of what the form posted. The form field is {@code authorIds};
 * ArticleEditor calls {@link #check} and {@link #cleaned}.
 */
@Component
@Transactional(readOnly = true)
public class AuthorDirectory {

	public static final int MAX_AUTHORS = 10;

	private final AuthorRepository authors;

	AuthorDirectory(AuthorRepository authors) {
		this.authors = authors;
	}

	/** Without blanks or repeats, in the order posted. */
	public List<Long> cleaned(List<Long> posted) {
		List<Long> ids = new ArrayList<>(new LinkedHashSet<>((posted != null) ? posted : List.of()));
		ids.removeIf(Objects::isNull);
		return ids;
	}

	/** Adds an {@code authorIds} field error for too many or unknown authors. */
	public void check(List<Long> posted, Errors errors) {
		List<Long> ids = cleaned(posted);
		if (ids.size() > MAX_AUTHORS) {
			errors.rejectValue("authorIds", "authors.tooMany", "Choose at most " + MAX_AUTHORS + " authors.");
		}
		else if (!ids.isEmpty() && this.authors.countStaff(ids) != ids.size()) {
			errors.rejectValue("authorIds", "authors.unknown",
					"One of the chosen authors no longer exists. Check the list and save again.");
		}
	}

	/** Every active author, and the chosen ones even if their account was disabled. */
	public List<AuthorOption> options(Collection<Long> chosen) {
		List<Long> ids = cleaned(new ArrayList<>(chosen));
		return this.authors.findPickable(ids.isEmpty() ? List.of(-1L) : ids)
			.stream()
			.map((author) -> new AuthorOption(author.id(),
					author.enabled() ? author.displayName() : author.displayName() + " (account disabled)"))
			.toList();
	}

	/** The chosen authors in byline order, for the Move up/down list. */
	public static List<AuthorOption> chosen(List<AuthorOption> options, List<Long> chosenIds) {
		Map<Long, AuthorOption> byId = options.stream()
			.collect(Collectors.toMap(AuthorOption::id, Function.identity(), (a, b) -> a));
		return chosenIds.stream().filter(Objects::nonNull).distinct().map(byId::get).filter(Objects::nonNull).toList();
	}

	/** One author in the article form's picker. */
	public record AuthorOption(Long id, String label) {
	}

}
