package com.invoicedoctor.cases;

import com.invoicedoctor.knowledge.live.LiveKnowledge;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.invoicedoctor.Fixture;
import com.invoicedoctor.knowledge.KnowledgeException;
import com.invoicedoctor.knowledge.KnowledgeSource;
import com.invoicedoctor.knowledge.Lang;
import com.invoicedoctor.knowledge.Question.Audience;
import com.invoicedoctor.session.Snapshot;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ReloadTest {
    private final CasesFixture f = CasesFixture.h2();

    @AfterEach
    void close() {
        f.close();
    }

    private void edit(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        assertThat(text).contains(from);
        Files.writeString(file, text.replace(from, to));
    }

    @Test
    void an_invalid_reload_is_refused_with_its_messages_and_the_old_knowledge_keeps_serving() throws IOException {
        LiveKnowledge.Current before = f.live.get();
        Files.writeString(f.rulesDir.resolve("causes.drl"), "rule \"broken\" when then oops(; end\n", java.nio.file.StandardOpenOption.APPEND);
        assertThatThrownBy(() -> f.live.reload("editor")).isInstanceOf(KnowledgeException.class)
                .satisfies(e -> assertThat(((KnowledgeException) e).problems()).isNotEmpty()
                        .allSatisfy(p -> assertThat(p.toString()).isNotBlank()));
        assertThat(f.live.get()).isSameAs(before);
        Snapshot still = f.sessions.start(Audience.helpdesk, Lang.en);
        assertThat(still.session().knowledgeVersion()).isEqualTo("fixture.1");
        assertThat(still.turn().question()).isNotNull();
    }

    @Test
    void a_valid_reload_goes_live_and_another_instance_follows_it() throws IOException {
        LiveKnowledge other = new LiveKnowledge(Fixture.fixture(), new KnowledgeSource(f.kbDir, f.rulesDir), new Learning(f.db)::latest, f.db);
        edit(f.kbDir.resolve("kb.yaml"), "fixture.1", "fixture.2");
        LiveKnowledge.Current now = f.live.reload("editor");
        assertThat(now.kbVersion()).isEqualTo("fixture.2");
        assertThat(now.generation()).isEqualTo(1);
        assertThat(other.get().kbVersion()).isEqualTo("fixture.1");
        other.refresh();
        assertThat(other.get().kbVersion()).isEqualTo("fixture.2");
        assertThat(other.get().generation()).isEqualTo(1);
    }

    @Test
    void the_regression_shows_which_confirmed_diagnoses_a_change_would_break() throws IOException {
        CaseStore cases = new CaseStore(f.db);
        CaseRecorder recorder = new CaseRecorder(cases, f.live, new Incidents(f.db, IncidentPolicy.defaults()));
        Snapshot s = f.sessions.start(Audience.customer, Lang.en);
        recorder.accept(s);
        new Learning(f.db).confirm(f.live.get().kb(), s.session().id(), new Learning.Confirmation("network.config.dns",
                null, "agent", s.session().state(), "network.config.dns"));
        f.live.refresh();
        // the candidate makes the database far likelier a priori: with no evidence it now leads
        edit(f.kbDir.resolve("causes/causes.yaml"), "  - id: server.database\n    family: server\n    source: article\n    prior: 0.25",
                "  - id: server.database\n    family: server\n    source: article\n    prior: 0.90");
        KnowledgeReplay.Report report = new KnowledgeReplay(f.db).replay(f.live.get(), f.live.candidate());
        assertThat(report.cases()).isEqualTo(1);
        assertThat(report.rightBefore()).isEqualTo(1);
        assertThat(report.rightAfter()).isZero();
        assertThat(report.changes()).singleElement().satisfies(c -> {
            assertThat(c.verdict()).isEqualTo(KnowledgeReplay.Verdict.broken);
            assertThat(c.after()).isEqualTo("server.database");
            assertThat(c.confirmedAfter()).isLessThan(c.confirmedBefore());
        });
        assertThat(f.live.get().kbVersion()).isEqualTo("fixture.1");
    }
}
