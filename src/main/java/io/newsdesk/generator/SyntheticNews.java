package io.newsdesk.generator;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The synthetic archive as pure functions of (seed, article number): text, section, tags,
 * status, publish time and picks. Each aspect of an article has its own random stream, so
 * the generator can write articles, their tags and their picks in separate COPY passes
 * and still agree on every article, and the same seed always gives the same archive.
 * Written to the database by {@link ArchiveGenerator}.
 */
final class SyntheticNews {

	/** Generated articles' slugs start with this; anything else is real content. */
	static final String SLUG_PREFIX = "gen-";

	static final Duration ARCHIVE_SPAN = Duration.ofDays(5 * 365);

	private static final List<String> WORDS = loadWords();

	private static final List<String> BYLINES = List.of("Amelia Hart", "Daniel Osei", "Priya Nair", "Tom Fletcher",
			"Chen Wei", "Sofia Rossi", "James O'Connor", "Fatima Khan", "Lucas Moreau", "Hannah Becker",
			"Newsdesk staff", "Reuters", "Associated Press", "Grace Liu", "Oliver Grant", "Maya Patel");

	private static final long ASPECT_TEXT = 1;

	private static final long ASPECT_STATUS = 2;

	private static final long ASPECT_TAGS = 3;

	private static final long ASPECT_PICKS = 4;

	private static final long ASPECT_SECTION = 5;

	private static final long ASPECT_TIME = 6;

	private static final long ASPECT_NAMES = 7;

	/**
	 * Proper names (people, places, companies) are built from these syllables: two or
	 * three of them give 39,000+ distinct words that are in no dictionary, like the names
	 * in real news ("Yucheng"). Articles draw them with a long tail, so some are in
	 * thousands of stories and most in a handful: the rare search terms of the archive,
	 * which otherwise has only its few hundred common words.
	 */
	private static final String[] SYLLABLES = { "ka", "lo", "mer", "dan", "vi", "sor", "tel", "ru", "han", "zo", "bel",
			"qui", "na", "ost", "pe", "lin", "gar", "mu", "chen", "ya", "tor", "di", "wen", "sa", "ek", "bra", "fu",
			"li", "mon", "ze", "ha", "rik", "jo", "vas", "nu", "tam" };

	static final int NAME_COUNT = 40_000;

	private final long seed;

	private final int articleCount;

	private final Instant now;

	private final Instant archiveStart;

	private final double[] tagCumulative;

	private final double[] sectionCumulative;

	private final double[] nameCumulative;

	/**
	 * @param tagCount size of the tag vocabulary (Zipf-distributed: tag 0 is the most
	 * common)
	 * @param sectionCount number of sections (section 0 gets the most articles)
	 */
	SyntheticNews(long seed, int articleCount, int tagCount, int sectionCount, Instant now) {
		this.seed = seed;
		this.articleCount = Math.max(articleCount, 1);
		this.now = now;
		this.archiveStart = now.minus(ARCHIVE_SPAN);
		this.tagCumulative = zipf(tagCount, 1.0);
		this.sectionCumulative = zipf(sectionCount, 0.8);
		this.nameCumulative = zipf(NAME_COUNT, 1.0);
	}

	/** The tag vocabulary: unique names of one or two words, most common first. */
	static List<String> tagNames(int count) {
		int w = WORDS.size();
		if (count > w * w) {
			throw new IllegalArgumentException("At most " + (w * w) + " tags");
		}
		List<String> names = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			int first = i % w;
			int round = i / w;
			String name = capitalize(WORDS.get(first));
			if (round > 0) {
				name += " " + WORDS.get((first + round) % w);
			}
			names.add(name);
		}
		return names;
	}

	enum Status {

		PUBLISHED, SCHEDULED, DRAFT

	}

	/** About 5% drafts, 1% scheduled in the future, the rest published. */
	Status status(int n) {
		double u = random(n, ASPECT_STATUS).nextDouble();
		if (u < 0.05) {
			return Status.DRAFT;
		}
		return (u < 0.06) ? Status.SCHEDULED : Status.PUBLISHED;
	}

	/**
	 * The article's place in the archive: spread evenly over the last five years in
	 * article order, so a lower number is an older story.
	 */
	Instant slotTime(int n) {
		double position = (n + random(n, ASPECT_TIME).nextDouble()) / this.articleCount;
		long seconds = (long) (position * ARCHIVE_SPAN.toSeconds());
		Instant slot = this.archiveStart.plusSeconds(seconds);
		Instant latest = this.now.minusSeconds(60);
		return slot.isAfter(latest) ? latest : slot;
	}

	/** Publish time: null for drafts, in the next 30 days for scheduled stories. */
	Instant publishAt(int n) {
		return switch (status(n)) {
			case DRAFT -> null;
			case SCHEDULED -> this.now.plusSeconds(3600 + random(n, ASPECT_TIME).nextLong(30L * 24 * 3600));
			case PUBLISHED -> slotTime(n);
		};
	}

	boolean isPublic(int n) {
		return status(n) == Status.PUBLISHED;
	}

	int sectionIndex(int n) {
		return pick(this.sectionCumulative, random(n, ASPECT_SECTION).nextDouble());
	}

	/** Three to five distinct tag numbers, drawn with a long tail. */
	int[] tagIndexes(int n) {
		SplittableRandom random = random(n, ASPECT_TAGS);
		int wanted = Math.min(3 + random.nextInt(3), this.tagCumulative.length);
		Set<Integer> chosen = new LinkedHashSet<>();
		while (chosen.size() < wanted) {
			chosen.add(pick(this.tagCumulative, random.nextDouble()));
		}
		return chosen.stream().mapToInt(Integer::intValue).toArray();
	}

	/**
	 * Editor picks for about 10% of articles: one to three distinct, older, public
	 * articles.
	 */
	int[] picks(int n) {
		SplittableRandom random = random(n, ASPECT_PICKS);
		if (n < 10 || random.nextDouble() >= 0.10) {
			return new int[0];
		}
		int wanted = 1 + random.nextInt(3);
		Set<Integer> chosen = new LinkedHashSet<>();
		for (int attempt = 0; attempt < 20 && chosen.size() < wanted; attempt++) {
			int older = n - 1 - random.nextInt(Math.min(n, 5000));
			if (isPublic(older)) {
				chosen.add(older);
			}
		}
		return chosen.stream().mapToInt(Integer::intValue).toArray();
	}

	/** Proper name number {@code index}: 0 is the most common. */
	static String name(int index) {
		int s = SYLLABLES.length;
		StringBuilder name = new StringBuilder().append(SYLLABLES[index % s]).append(SYLLABLES[(index / s) % s]);
		if (index >= s * s) {
			name.append(SYLLABLES[(index / (s * s)) % s]);
		}
		return capitalize(name.toString());
	}

	/** Two to four proper names the article is about, drawn with a long tail. */
	String[] names(int n) {
		SplittableRandom random = random(n, ASPECT_NAMES);
		String[] names = new String[2 + random.nextInt(3)];
		for (int i = 0; i < names.length; i++) {
			names[i] = name(pick(this.nameCumulative, random.nextDouble()));
		}
		return names;
	}

	Text text(int n) {
		SplittableRandom random = random(n, ASPECT_TEXT);
		String[] names = names(n);
		String headline = capitalize(words(random, 6 + random.nextInt(7)));
		String standfirst = withName(sentence(random, 20 + random.nextInt(11)), names[0], random);
		int bodyWords = 400 + random.nextInt(801);
		StringBuilder markdown = new StringBuilder(bodyWords * 8);
		StringBuilder html = new StringBuilder(bodyWords * 8 + 200);
		StringBuilder plain = new StringBuilder(bodyWords * 8);
		int written = 0;
		int paragraphCount = 0;
		while (written < bodyWords) {
			int paragraphWords = Math.min(40 + random.nextInt(81), bodyWords - written);
			StringBuilder paragraph = new StringBuilder(paragraphWords * 8);
			int inParagraph = 0;
			while (inParagraph < paragraphWords) {
				int sentenceWords = Math.min(8 + random.nextInt(13), paragraphWords - inParagraph);
				if (!paragraph.isEmpty()) {
					paragraph.append(' ');
				}
				paragraph.append(sentence(random, sentenceWords));
				inParagraph += sentenceWords;
			}
			written += paragraphWords;
			String text = withName(paragraph.toString(), names[(paragraphCount++) % names.length], random);
			if (!markdown.isEmpty()) {
				markdown.append("\n\n");
				html.append('\n');
			}
			if (!plain.isEmpty()) {
				plain.append(' ');
			}
			markdown.append(text);
			// Safe as it is: generated words and punctuation only, nothing to escape.
			html.append("<p>").append(text).append("</p>");
			// What BodyText makes of that HTML, without parsing a million bodies.
			plain.append(text);
		}
		String byline = BYLINES.get(random.nextInt(BYLINES.size()));
		return new Text(headline, standfirst, markdown.toString(), html.toString(), plain.toString(), byline);
	}

	/** Unique across runs, because the article id is. */
	static String slug(long id, String headline) {
		String[] words = headline.toLowerCase(Locale.ROOT).split(" ");
		return SLUG_PREFIX + id + "-" + String.join("-", Arrays.copyOf(words, Math.min(words.length, 6)));
	}

	record Text(String headline, String standfirst, String markdown, String html, String plainText, String byline) {
	}

	private SplittableRandom random(int n, long aspect) {
		return new SplittableRandom(mix(mix(this.seed) + n * 0x9E3779B97F4A7C15L + aspect));
	}

	/** SplitMix64's finaliser, so neighbouring articles get unrelated streams. */
	private static long mix(long z) {
		z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
		z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
		return z ^ (z >>> 31);
	}

	/**
	 * The name in place of a random word of the text (never the first, so it reads as a
	 * name), keeping the word count and any full stop.
	 */
	private static String withName(String text, String name, SplittableRandom random) {
		int start = text.indexOf(' ', random.nextInt(Math.max(text.length() / 2, 1)));
		if (start < 0) {
			return text;
		}
		int end = text.indexOf(' ', start + 1);
		end = (end < 0) ? text.length() : end;
		String replaced = text.substring(start + 1, end);
		return text.substring(0, start + 1) + name + (replaced.endsWith(".") ? "." : "") + text.substring(end);
	}

	private static String sentence(SplittableRandom random, int count) {
		return capitalize(words(random, count)) + ".";
	}

	private static String words(SplittableRandom random, int count) {
		StringBuilder text = new StringBuilder(count * 8);
		for (int i = 0; i < count; i++) {
			if (i > 0) {
				text.append(' ');
			}
			text.append(WORDS.get(random.nextInt(WORDS.size())));
		}
		return text.toString();
	}

	private static String capitalize(String text) {
		return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}

	/** Cumulative weights 1/(rank+1)^exponent, normalised to end at 1. */
	private static double[] zipf(int count, double exponent) {
		double[] cumulative = new double[Math.max(count, 1)];
		double sum = 0;
		for (int i = 0; i < cumulative.length; i++) {
			sum += 1.0 / Math.pow(i + 1, exponent);
			cumulative[i] = sum;
		}
		for (int i = 0; i < cumulative.length; i++) {
			cumulative[i] /= sum;
		}
		return cumulative;
	}

	private static int pick(double[] cumulative, double u) {
		int index = Arrays.binarySearch(cumulative, u);
		index = (index >= 0) ? index : -index - 1;
		return Math.min(index, cumulative.length - 1);
	}

	private static List<String> loadWords() {
		try (InputStream in = SyntheticNews.class.getResourceAsStream("/generator/words.txt")) {
			if (in == null) {
				throw new IllegalStateException("generator/words.txt is missing");
			}
			Set<String> words = new LinkedHashSet<>();
			new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
				.filter((line) -> !line.startsWith("#"))
				.flatMap((line) -> Arrays.stream(line.trim().split("\\s+")))
				.filter((word) -> !word.isEmpty())
				.forEach(words::add);
			return List.copyOf(words);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
