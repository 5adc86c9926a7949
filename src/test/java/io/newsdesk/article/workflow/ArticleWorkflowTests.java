package io.newsdesk.article.workflow;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import io.newsdesk.article.ArticleStatus;
import io.newsdesk.staff.StaffRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * The state machine, every state x every action x every kind of actor. The table is the
 * newsroom's rules as a reader would check them: the resulting state, "403" for a refusal
 * about who is asking, "no" for one about the article's current state.
 */
class ArticleWorkflowTests {

	/** state, action: editor (and admin), writer who created it, another writer. */
	private static final String RULES = """
			NEW         SAVE        DRAFT        DRAFT      DRAFT
			NEW         SAVE_DRAFT  DRAFT        DRAFT      DRAFT
			NEW         SUBMIT      IN_REVIEW    IN_REVIEW  IN_REVIEW
			NEW         PUBLISH     PUBLISHED    403        403
			NEW         UNPUBLISH   no           403        403
			NEW         SEND_BACK   no           403        403
			NEW         DELETE      no           no         no
			NEW         RESTORE     no           403        403
			DRAFT       SAVE        DRAFT        DRAFT      403
			DRAFT       SAVE_DRAFT  DRAFT        DRAFT      403
			DRAFT       SUBMIT      IN_REVIEW    IN_REVIEW  403
			DRAFT       PUBLISH     PUBLISHED    403        403
			DRAFT       UNPUBLISH   no           403        403
			DRAFT       SEND_BACK   no           403        403
			DRAFT       DELETE      DRAFT        DRAFT      403
			DRAFT       RESTORE     no           403        403
			IN_REVIEW   SAVE        IN_REVIEW    no         403
			IN_REVIEW   SAVE_DRAFT  DRAFT        DRAFT      403
			IN_REVIEW   SUBMIT      no           no         403
			IN_REVIEW   PUBLISH     PUBLISHED    403        403
			IN_REVIEW   UNPUBLISH   no           403        403
			IN_REVIEW   SEND_BACK   DRAFT        403        403
			IN_REVIEW   DELETE      IN_REVIEW    no         403
			IN_REVIEW   RESTORE     no           403        403
			PUBLISHED   SAVE        PUBLISHED    403        403
			PUBLISHED   SAVE_DRAFT  DRAFT        403        403
			PUBLISHED   SUBMIT      no           403        403
			PUBLISHED   PUBLISH     PUBLISHED    403        403
			PUBLISHED   UNPUBLISH   UNPUBLISHED  403        403
			PUBLISHED   SEND_BACK   no           403        403
			PUBLISHED   DELETE      PUBLISHED    403        403
			PUBLISHED   RESTORE     no           403        403
			UNPUBLISHED SAVE        UNPUBLISHED  403        403
			UNPUBLISHED SAVE_DRAFT  DRAFT        403        403
			UNPUBLISHED SUBMIT      no           403        403
			UNPUBLISHED PUBLISH     PUBLISHED    403        403
			UNPUBLISHED UNPUBLISH   no           403        403
			UNPUBLISHED SEND_BACK   no           403        403
			UNPUBLISHED DELETE      UNPUBLISHED  403        403
			UNPUBLISHED RESTORE     no           403        403
			""";

	@Test
	void theTableCoversEveryStateAndAction() {
		Set<String> covered = new HashSet<>();
		rows().forEach((row) -> covered.add(row[0] + " " + row[1]));
		List<String> states = new ArrayList<>(List.of("NEW"));
		Arrays.stream(ArticleStatus.values()).map(Enum::name).forEach(states::add);
		for (String state : states) {
			for (WorkflowAction action : WorkflowAction.values()) {
				assertThat(covered).as("rule for %s %s", state, action).contains(state + " " + action);
			}
		}
		assertThat(rows()).hasSize(states.size() * WorkflowAction.values().length);
	}

	static Stream<Arguments> matrix() {
		return rows().stream()
			.flatMap((row) -> Stream.of(arguments(row[0], row[1], StaffRole.ADMIN, true, row[2]),
					arguments(row[0], row[1], StaffRole.ADMIN, false, row[2]),
					arguments(row[0], row[1], StaffRole.EDITOR, true, row[2]),
					arguments(row[0], row[1], StaffRole.EDITOR, false, row[2]),
					arguments(row[0], row[1], StaffRole.WRITER, true, row[3]),
					arguments(row[0], row[1], StaffRole.WRITER, false, row[4])));
	}

	@ParameterizedTest(name = "{0} {1} by {2} (owner: {3}) -> {4}")
	@MethodSource("matrix")
	void everyTransitionForEveryRole(String state, WorkflowAction action, StaffRole role, boolean owns,
			String expected) {
		Decision decision = ArticleWorkflow.decide(facts(state, false, false), action, role, owns);

		assertThat(outcome(decision)).isEqualTo(expected);
		if (!decision.allowed()) {
			assertThat(decision.refusal()).as("a reason a person can act on").isNotBlank().endsWith(".");
		}
	}

	@ParameterizedTest(name = "deleted {0}: only an editor's Restore, back to {0}")
	@MethodSource("states")
	void aDeletedArticleCanOnlyBeRestoredAndOnlyByAnEditor(ArticleStatus state) {
		ArticleFacts deleted = new ArticleFacts(state, true, true);
		for (StaffRole role : List.of(StaffRole.ADMIN, StaffRole.EDITOR)) {
			for (WorkflowAction action : WorkflowAction.values()) {
				assertThat(outcome(ArticleWorkflow.decide(deleted, action, role, false))).as("%s %s", role, action)
					.isEqualTo((action == WorkflowAction.RESTORE) ? state.name() : "no");
			}
		}
		assertThat(outcome(ArticleWorkflow.decide(deleted, WorkflowAction.RESTORE, StaffRole.WRITER, true)))
			.isEqualTo("403");
		assertThat(ArticleWorkflow.available(deleted, StaffRole.WRITER, true)).isEmpty();
	}

	static Stream<ArticleStatus> states() {
		return Arrays.stream(ArticleStatus.values());
	}

	@Test
	void aWriterCannotDeleteTheirOwnDraftOnceItHasBeenOnTheSite() {
		ArticleFacts returnedToDraft = new ArticleFacts(ArticleStatus.DRAFT, true, false);

		Decision decision = ArticleWorkflow.decide(returnedToDraft, WorkflowAction.DELETE, StaffRole.WRITER, true);

		assertThat(outcome(decision)).isEqualTo("403");
		assertThat(decision.refusal()).isEqualTo("It has been on the site, so only an editor can delete it.");
		assertThat(outcome(ArticleWorkflow.decide(returnedToDraft, WorkflowAction.DELETE, StaffRole.EDITOR, false)))
			.isEqualTo("DRAFT");
	}

	@Test
	void theFormOffersAWriterSaveSubmitAndDeleteOnTheirDraftAndOnlyReturnToDraftInReview() {
		assertThat(ArticleWorkflow.available(facts("DRAFT", false, false), StaffRole.WRITER, true)).containsExactly(
				WorkflowAction.SAVE, WorkflowAction.SAVE_DRAFT, WorkflowAction.SUBMIT, WorkflowAction.DELETE);
		assertThat(ArticleWorkflow.available(facts("IN_REVIEW", false, false), StaffRole.WRITER, true))
			.containsExactly(WorkflowAction.SAVE_DRAFT);
		assertThat(ArticleWorkflow.available(facts("PUBLISHED", true, false), StaffRole.WRITER, true)).isEmpty();
	}

	@Test
	void theFormOffersAnEditorPublishSendBackAndUnpublishWhereTheyApply() {
		assertThat(ArticleWorkflow.available(facts("IN_REVIEW", false, false), StaffRole.EDITOR, false))
			.containsExactly(WorkflowAction.SAVE, WorkflowAction.SAVE_DRAFT, WorkflowAction.PUBLISH,
					WorkflowAction.SEND_BACK, WorkflowAction.DELETE);
		assertThat(ArticleWorkflow.available(facts("PUBLISHED", true, false), StaffRole.EDITOR, false)).containsExactly(
				WorkflowAction.SAVE, WorkflowAction.SAVE_DRAFT, WorkflowAction.PUBLISH, WorkflowAction.UNPUBLISH,
				WorkflowAction.DELETE);
	}

	@Test
	void onlyEditorsAndTheWriterWhoCreatedItMayOpenAnArticle() {
		assertThat(ArticleWorkflow.mayOpen(StaffRole.ADMIN, false)).isTrue();
		assertThat(ArticleWorkflow.mayOpen(StaffRole.EDITOR, false)).isTrue();
		assertThat(ArticleWorkflow.mayOpen(StaffRole.WRITER, true)).isTrue();
		assertThat(ArticleWorkflow.mayOpen(StaffRole.WRITER, false)).isFalse();
	}

	private static ArticleFacts facts(String state, boolean everPublished, boolean deleted) {
		return "NEW".equals(state) ? ArticleFacts.NEW
				: new ArticleFacts(ArticleStatus.valueOf(state), everPublished, deleted);
	}

	private static String outcome(Decision decision) {
		if (decision.allowed()) {
			return decision.next().name();
		}
		return decision.forbidden() ? "403" : "no";
	}

	private static List<String[]> rows() {
		return RULES.lines()
			.map(String::strip)
			.filter((line) -> !line.isEmpty())
			.map((line) -> line.split("\\s+"))
			.toList();
	}

}
