package com.invoicedoctor.cases;

import static org.assertj.core.api.Assertions.assertThat;

import com.invoicedoctor.interview.CaseState;
import com.invoicedoctor.knowledge.Lang;
import com.invoicedoctor.knowledge.Question.Audience;
import com.invoicedoctor.session.SessionChecks;
import com.invoicedoctor.session.SessionRecord;
import com.invoicedoctor.session.Snapshot;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class CaseRecorderQueueTest {

    /** Remembers the newest version recorded per session, slowly, as a database under load would. */
    private final Map<String, Integer> recorded = new ConcurrentHashMap<>();

    private void slowRecord(Snapshot s) {
        try {
            Thread.sleep(5);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        recorded.merge(s.session().id(), s.session().version(), Math::max);
    }

    private static Snapshot change(String session, int version) {
        SessionRecord r = new SessionRecord(session, Audience.customer, Lang.en, "test", "asking",
                CaseState.start(Audience.customer), List.of(), "", SessionChecks.NONE, null, null, version);
        return new Snapshot(r, null, List.of());
    }

    @Test
    void after_flush_every_change_accepted_before_it_is_recorded() {
        try (CaseRecorderQueue queue = new CaseRecorderQueue(this::slowRecord)) {
            for (int i = 0; i < 20; i++) {
                queue.accept(change("s" + i, 1));
            }
            queue.flush();
            assertThat(recorded).hasSize(20);
        }
    }

    @Test
    void changes_of_one_session_waiting_together_collapse_to_the_newest() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        List<Integer> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
        try (CaseRecorderQueue queue = new CaseRecorderQueue(s -> {
            await(release);
            seen.add(s.session().version());
        })) {
            queue.accept(change("a", 1)); // taken at once; the recorder holds it until released
            Thread.sleep(50);
            queue.accept(change("a", 3));
            queue.accept(change("a", 2)); // arrives late: older than what waits
            queue.accept(change("a", 4));
            release.countDown();
            queue.flush();
        }
        assertThat(seen).containsExactly(1, 4);
    }

    @Test
    void a_change_that_cannot_be_recorded_does_not_stop_the_ones_after_it() {
        try (CaseRecorderQueue queue = new CaseRecorderQueue(s -> {
            if (s.session().id().equals("broken")) {
                throw new IllegalStateException("database is gone");
            }
            slowRecord(s);
        })) {
            queue.accept(change("broken", 1));
            queue.flush();
            queue.accept(change("fine", 1));
            queue.flush();
            assertThat(recorded).containsOnlyKeys("fine");
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(5, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
