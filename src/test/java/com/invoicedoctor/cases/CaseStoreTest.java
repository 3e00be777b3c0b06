package com.invoicedoctor.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CaseStoreTest {
    private final CasesFixture f = CasesFixture.h2();
    private final CaseStore cases = new CaseStore(f.db);
    private final CaseNotes notes = new CaseNotes(f.db);

    @AfterEach
    void close() {
        f.close();
    }

    private static SessionOutcome outcome(String id, String cause, String interview, int version) {
        return new SessionOutcome(id, "customer", "zh", interview, cause, cause.substring(0, cause.indexOf('.')), 0.8, 2,
                null, false, null, false, "fixture.1", 0, version, Instant.now());
    }

    @Test
    void a_session_becomes_an_open_case_and_an_older_version_never_overwrites_a_newer_one() {
        cases.observe(outcome("s1", "server.database", "asking", 2));
        cases.observe(outcome("s1", "network.config.dns", "asking", 1));
        CaseRecord c = cases.get("s1");
        assertThat(c.status()).isEqualTo(CaseStatus.open);
        assertThat(c.topCause()).isEqualTo("server.database");
        cases.observe(outcome("s1", "server.database", "fixed", 3));
        assertThat(cases.get("s1").status()).isEqualTo(CaseStatus.resolved);
        assertThat(cases.get("s1").resolvedAt()).isNotNull();
    }

    @Test
    void a_hand_off_code_is_eight_digits_kept_once_given_and_found_however_typed() {
        cases.observe(outcome("s1", "server.database", "asking", 1));
        String code = cases.handOff("s1");
        assertThat(code).hasSize(8).matches("[0-9]{8}");
        assertThat(cases.handOff("s1")).isEqualTo(code);
        String typed = code.substring(0, 4) + " " + code.substring(4);
        assertThat(cases.byCode(typed).sessionId()).isEqualTo("s1");
        assertThatThrownBy(() -> cases.byCode("O0I1LL")).isInstanceOf(CaseNotFoundException.class);
        assertThatThrownBy(() -> cases.byCode("222222")).isInstanceOf(CaseNotFoundException.class);
        assertThatThrownBy(() -> cases.byCode("0000 0000".equals(typed) ? "1111 1111" : "0000 0000"))
                .isInstanceOf(CaseNotFoundException.class);
    }

    @Test
    void cases_are_filtered_by_status_cause_agent_date_and_text() {
        cases.observe(outcome("s1", "server.database", "asking", 1));
        cases.observe(outcome("s2", "server.software", "asking", 1));
        cases.observe(outcome("s3", "network.config.dns", "asking", 1));
        cases.setStatus("s2", CaseStatus.escalated);
        cases.assign("s3", "lin");
        notes.add("s1", "lin", "Customer uses 100% of the bandwidth_limit");
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        assertThat(ids(new CaseQuery(CaseStatus.escalated, null, null, null, null, null, 50, 0))).containsExactly("s2");
        assertThat(ids(new CaseQuery(null, "server.", null, null, null, null, 50, 0))).containsExactlyInAnyOrder("s1", "s2");
        assertThat(ids(new CaseQuery(null, "network.config.dns", null, null, null, null, 50, 0))).containsExactly("s3");
        assertThat(ids(new CaseQuery(null, null, "LIN", null, null, null, 50, 0))).containsExactly("s3");
        assertThat(ids(new CaseQuery(null, null, null, today, today, null, 50, 0))).hasSize(3);
        assertThat(ids(new CaseQuery(null, null, null, today.plusDays(1), null, null, 50, 0))).isEmpty();
        assertThat(ids(new CaseQuery(null, null, null, null, null, "100%", 50, 0))).containsExactly("s1");
        assertThat(ids(new CaseQuery(null, null, null, null, null, "th_l", 50, 0))).containsExactly("s1");
        assertThat(ids(new CaseQuery(null, null, null, null, null, "10_%", 50, 0))).isEmpty();
        assertThat(cases.count(new CaseQuery(null, "server.", null, null, null, null, 1, 0))).isEqualTo(2);
    }

    @Test
    void resolving_stamps_the_time_once_and_reopening_clears_it() {
        cases.observe(outcome("s1", "server.database", "asking", 1));
        cases.setStatus("s1", CaseStatus.resolved);
        Instant first = cases.get("s1").resolvedAt();
        cases.setStatus("s1", CaseStatus.resolved);
        assertThat(cases.get("s1").resolvedAt()).isEqualTo(first);
        cases.setStatus("s1", CaseStatus.open);
        assertThat(cases.get("s1").resolvedAt()).isNull();
        assertThatThrownBy(() -> cases.setStatus("nope", CaseStatus.open)).isInstanceOf(CaseNotFoundException.class);
    }

    @Test
    void notes_keep_author_and_order_and_refuse_empty_or_huge_text() {
        cases.observe(outcome("s1", "server.database", "asking", 1));
        notes.add("s1", "lin", "first");
        notes.add("s1", "wang", "<script>second</script>");
        assertThat(notes.of("s1")).extracting(CaseNotes.Note::text).containsExactly("first", "<script>second</script>");
        assertThatThrownBy(() -> notes.add("s1", "lin", "  ")).isInstanceOf(CaseInputException.class);
        assertThatThrownBy(() -> notes.add("s1", "lin", "x".repeat(CaseNotes.MAX_CHARS + 1))).isInstanceOf(CaseInputException.class);
        assertThatThrownBy(() -> notes.add("nope", "lin", "text")).isInstanceOf(CaseNotFoundException.class);
    }

    @Test
    void the_csv_export_has_a_header_and_defuses_spreadsheet_formulas() {
        cases.observe(outcome("s1", "server.database", "asking", 1));
        cases.assign("s1", "=cmd|' /C calc'!A0");
        String csv = CaseExport.csv(cases.list(CaseQuery.all()), sheet());
        assertThat(csv.lines().findFirst().orElseThrow()).startsWith("session,code,status,audience,lang,agent");
        assertThat(csv).contains("s1,,open,customer,zh,\"'=cmd");
    }

    @Test
    void the_csv_export_names_causes_in_the_staff_language_rounds_confidence_and_gives_times_with_their_offset() {
        cases.observe(new SessionOutcome("s1", "customer", "zh", "asking", "server.database", "server", 0.7123456789, 2,
                null, false, null, false, "fixture.1", 0, 1, Instant.parse("2026-12-06T17:30:00Z")));
        String line = CaseExport.csv(cases.list(CaseQuery.all()), sheet()).lines().skip(1).findFirst().orElseThrow();
        String title = f.live.get().kb().cause("server.database").orElseThrow().title().in(com.invoicedoctor.knowledge.Lang.zh);
        assertThat(line).contains("," + title + ",0.71,");
        assertThat(line).doesNotContain("0.7123");
        assertThat(line).contains("2026-12-07T01:30:00+08:00"); // created, on the next day in Shanghai
        assertThat(line).endsWith(",server.database,,"); // the id stays, last, for scripts
        // the JSON rows stay in UTC, with the offset written out
        assertThat(CaseExport.rows(cases.list(CaseQuery.all())).get(0).created()).isEqualTo("2026-12-06T17:30:00+00:00");
    }

    @Test
    void a_visitor_who_only_picked_a_role_is_not_listed_until_an_answer_a_fact_or_a_hand_off() {
        cases.observe(new SessionOutcome("empty", "customer", "zh", "asking", "server.database", "server", 0.1, 0,
                null, false, null, false, "fixture.1", 0, 1, Instant.now(), 0));
        cases.observe(new SessionOutcome("stated", "customer", "zh", "asking", "server.database", "server", 0.1, 0,
                null, false, null, false, "fixture.1", 0, 1, Instant.now(), 1));
        cases.observe(new SessionOutcome("handed", "customer", "zh", "asking", "server.database", "server", 0.1, 0,
                null, false, null, false, "fixture.1", 0, 1, Instant.now(), 0));
        cases.handOff("handed");
        assertThat(ids(CaseQuery.all())).containsExactlyInAnyOrder("stated", "handed");
        assertThat(cases.count(CaseQuery.all())).isEqualTo(2);
        assertThat(cases.find("empty")).isPresent(); // still there for whoever opens it by its id
        cases.observe(new SessionOutcome("empty", "customer", "zh", "asking", "server.database", "server", 0.1, 1,
                null, false, null, false, "fixture.1", 0, 2, Instant.now(), 0));
        assertThat(ids(CaseQuery.all())).contains("empty");
    }

    @Test
    void a_day_filter_counts_days_in_the_helpdesk_zone() {
        // 17:30 UTC on 6 December is 01:30 on 7 December in Shanghai
        cases.observe(new SessionOutcome("late", "customer", "zh", "asking", "server.database", "server", 0.5, 1,
                null, false, null, false, "fixture.1", 0, 1, Instant.parse("2026-12-06T17:30:00Z")));
        LocalDate seventh = LocalDate.of(2026, 12, 7);
        CaseQuery onTheSeventh = new CaseQuery(null, null, null, seventh, seventh, null, 50, 0);
        assertThat(ids(onTheSeventh)).isEmpty(); // in UTC it is still the sixth
        assertThat(ids(onTheSeventh.withZone(java.time.ZoneId.of("Asia/Shanghai")))).containsExactly("late");
    }

    private CaseExport.Sheet sheet() {
        return new CaseExport.Sheet(f.live.get().kb(), com.invoicedoctor.knowledge.Lang.zh, java.time.ZoneId.of("Asia/Shanghai"));
    }

    private java.util.List<String> ids(CaseQuery q) {
        return cases.list(q).stream().map(CaseRecord::sessionId).toList();
    }
}
