package io.newsdesk.pagecache;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;
import org.postgresql.PGNotification;
import org.postgresql.core.Notification;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What instances tell each other through NOTIFY: which articles changed, within
 * PostgreSQL's payload limit, and what a listener makes of it, including messages from an
 * older version or of a size it never expected.
 */
class ContentChangeMessagesTests {

	private final ContentChangeListener listener = new ContentChangeListener(null, null, null, null, "me");

	@Test
	void changedArticlesTravelWithTheNotification() {
		String payload = ContentChangeNotifier.payload("other", Set.of(12L, 15L));

		assertThat(this.listener.changedElsewhere(notifications(payload))).hasValue(Set.of(12L, 15L));
	}

	@Test
	void tooManyArticlesForOneNotificationBecomeASiteWideChange() {
		Set<Long> many = LongStream.range(1_000_000, 1_002_000).boxed().collect(Collectors.toSet());
		String payload = ContentChangeNotifier.payload("other", many);

		assertThat(payload.length()).isLessThan(8000);
		assertThat(this.listener.changedElsewhere(notifications(payload))).hasValue(Set.of());
	}

	@Test
	void ownNotificationsAreIgnoredAndOthersAreMerged() {
		Optional<Set<Long>> changed = this.listener
			.changedElsewhere(notifications(ContentChangeNotifier.payload("me", Set.of(1L)),
					ContentChangeNotifier.payload("a", Set.of(2L)), ContentChangeNotifier.payload("b", Set.of(3L))));

		assertThat(changed).hasValue(Set.of(2L, 3L));
		assertThat(this.listener.changedElsewhere(notifications(ContentChangeNotifier.payload("me", Set.of(1L)))))
			.isEmpty();
	}

	@Test
	void unreadableOrOldStylePayloadsCountAsSiteWide() {
		assertThat(this.listener.changedElsewhere(notifications("other"))).hasValue(Set.of());
		assertThat(this.listener.changedElsewhere(notifications("other 1,x,3"))).hasValue(Set.of());
		assertThat(this.listener.changedElsewhere(notifications("other 1", "another "))).hasValue(Set.of());
	}

	private static PGNotification[] notifications(String... payloads) {
		PGNotification[] notifications = new PGNotification[payloads.length];
		for (int i = 0; i < payloads.length; i++) {
			notifications[i] = new Notification(ContentChangeNotifier.CHANNEL, 1, payloads[i]);
		}
		return notifications;
	}

}
