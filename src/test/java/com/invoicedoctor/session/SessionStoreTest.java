package com.invoicedoctor.session;

import static org.assertj.core.api.Assertions.assertThat;

import com.invoicedoctor.db.Database;
import com.invoicedoctor.engine.Observation;
import com.invoicedoctor.interview.CaseState;
import com.invoicedoctor.knowledge.Lang;
import com.invoicedoctor.knowledge.Question.Audience;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The JDBC session store: round trips, answer order, and the optimistic lock. */
class SessionStoreTest {
    private Database db;
    private SessionStore store;

    @BeforeEach
    void open() {
        db = Database.open("jdbc:h2:mem:store-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        store = new SessionStore(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private SessionRecord fresh() {
        return store.create(new SessionRecord(SessionIds.next(), Audience.helpdesk, Lang.en, "kb.1", "asking",
                CaseState.start(Audience.helpdesk), List.of(), "", SessionChecks.NONE, null, null, 0));
    }

    @Test
    void a_session_reads_back_as_it_was_stored_with_answers_in_the_order_given() {
        SessionRecord r = fresh();
        CaseState state = r.state().answer("zeta", "yes").answer("alpha", "no").answer("mid", "unknown")
                .collect(List.of(Observation.of("net.dns.ms", "612", Observation.Source.probe, "dns: 612 ms")))
                .repair("step.one", "failed");
        SessionRecord next = r.withState(r.state().answer("zeta", "yes")).withState(
                r.state().answer("zeta", "yes").answer("alpha", "no")).withState(state).withNotes("注意 <b>");
        SessionRecord stored = store.replace(r, next).orElseThrow();
        SessionRecord read = store.find(r.id()).orElseThrow();
        assertThat(read.answered()).extracting(e -> e.getKey()).containsExactly("zeta", "alpha", "mid");
        assertThat(read.state()).isEqualTo(state);
        assertThat(read.notes()).isEqualTo("注意 <b>");
        assertThat(read.version()).isEqualTo(2).isEqualTo(stored.version());
        assertThat(read.knowledgeVersion()).isEqualTo("kb.1");
        assertThat(read.created()).isEqualTo(r.created());
        assertThat(read.state().collected().get("net.dns.ms").number()).isEqualTo(612.0);
    }

    @Test
    void a_change_based_on_a_stale_read_is_refused() {
        SessionRecord r = fresh();
        assertThat(store.replace(r, r.withNotes("first"))).isPresent();
        assertThat(store.replace(r, r.withNotes("second"))).isEmpty();
        assertThat(store.find(r.id()).orElseThrow().notes()).isEqualTo("first");
    }

    @Test
    void ids_are_random_url_safe_and_128_bits() {
        String a = SessionIds.next();
        assertThat(a).hasSize(22).matches("[A-Za-z0-9_-]+");
        assertThat(SessionIds.next()).isNotEqualTo(a);
        assertThat(store.find("../../etc/passwd")).isEmpty();
        assertThat(store.find(null)).isEmpty();
    }

    @Test
    void checks_survive_the_round_trip() {
        SessionRecord r = fresh();
        SessionChecks checks = SessionChecks.NONE.withBrowser(new SessionChecks.Browser("http://x/", true, 120L, -3L, null,
                java.time.Instant.parse("2026-11-26T08:00:00Z")));
        store.replace(r, r.withChecks(checks));
        assertThat(store.find(r.id()).orElseThrow().checks()).isEqualTo(checks);
    }

    @Test
    void every_step_report_is_kept_with_its_time_and_a_refused_change_keeps_none() {
        SessionRecord r = fresh();
        SessionRecord failed = store.replace(r, r.withState(r.state().repair("step.one", "failed"))).orElseThrow();
        // a stale change is refused, and so is the report it carried
        assertThat(store.replace(r, r.withState(r.state().repair("step.two", "fixed")))).isEmpty();
        SessionRecord notes = store.replace(failed, failed.withNotes("unrelated")).orElseThrow();
        store.replace(notes, notes.withState(notes.state().repair("step.one", "fixed"))).orElseThrow();
        List<StepReport> reports = store.stepReports(r.id());
        assertThat(reports).extracting(StepReport::step, StepReport::outcome)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("step.one", "failed"),
                        org.assertj.core.groups.Tuple.tuple("step.one", "fixed"));
        assertThat(reports.get(0).at()).isBeforeOrEqualTo(reports.get(1).at()).isAfterOrEqualTo(r.created());
    }

    @Test
    void pasted_text_is_kept_as_given_up_to_the_limit_and_only_the_newest_twenty() {
        SessionRecord r = fresh();
        store.keepText(r.id(), PastedText.ERROR_TEXT, "  ");
        assertThat(store.texts(r.id())).isEmpty();
        String long8k = "服".repeat(PastedText.MAX_CHARS - 1) + "😀" + "tail";
        store.keepText(r.id(), PastedText.ERROR_TEXT, long8k);
        PastedText kept = store.texts(r.id()).get(0);
        assertThat(kept.text()).hasSize(PastedText.MAX_CHARS - 1); // the emoji's two halves are not split
        assertThat(kept.omitted()).isEqualTo(2 + 4);
        for (int i = 1; i <= PastedText.MAX_PER_SESSION; i++) {
            store.keepText(r.id(), PastedText.DESCRIPTION, "text " + i);
        }
        List<PastedText> texts = store.texts(r.id());
        assertThat(texts).hasSize(PastedText.MAX_PER_SESSION);
        assertThat(texts.get(0).text()).isEqualTo("text 1");
        assertThat(texts.get(texts.size() - 1).text()).isEqualTo("text 20");
    }
}
