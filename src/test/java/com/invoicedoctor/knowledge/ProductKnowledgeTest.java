package com.invoicedoctor.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import com.invoicedoctor.Fixture;
import com.invoicedoctor.engine.Assessment;
import com.invoicedoctor.engine.Facts;
import com.invoicedoctor.engine.Observation;
import com.invoicedoctor.engine.Reasoner;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The product's own knowledge: complete, and each cause recognisable from a typical case. */
class ProductKnowledgeTest {
    /** The cause ids of the design's taxonomy (a public contract). */
    static final List<String> TAXONOMY = List.of("server.software", "server.database", "server.hardware.memory",
            "server.hardware.cpu", "server.hardware.storage", "server.overload", "transport.middleware.config",
            "transport.middleware.format", "transport.security.firewall", "transport.security.ids", "business.rules",
            "business.data", "network.hardware.device", "network.hardware.nic", "network.config.ip", "network.config.dns",
            "network.capacity.congestion", "network.capacity.bandwidth", "network.security.attack",
            "network.security.vpn-proxy");

    private final KnowledgeBase kb = Fixture.product();
    private final Reasoner reasoner = new Reasoner(kb);

    static Stream<String> causes() {
        return Fixture.product().causes().stream().map(Cause::id);
    }

    @Test
    void every_cause_of_the_taxonomy_exists_with_both_languages_and_solutions() {
        for (String id : TAXONOMY) {
            Cause c = kb.cause(id).orElseThrow(() -> new AssertionError("missing cause " + id));
            assertThat(c.source()).isEqualTo("article");
            assertThat(c.title().zh()).isNotBlank();
            assertThat(c.title().en()).isNotBlank();
            assertThat(c.solutions()).isNotEmpty().allSatisfy(s -> assertThat(s.text().complete()).isTrue());
        }
    }

    @Test
    void field_causes_say_where_their_knowledge_comes_from() {
        assertThat(kb.causes()).filteredOn(c -> "field".equals(c.source()))
                .isNotEmpty().allSatisfy(c -> assertThat(c.reference()).isNotBlank());
    }

    @Test
    void every_cause_offers_customers_something_they_can_do_or_someone_to_ask() {
        // a fault inside the invoice server leaves the customer only reporting it, to the vendor (provider)
        assertThat(kb.causes()).allSatisfy(c -> assertThat(c.solutions())
                .anyMatch(s -> s.who() == Actor.customer || s.who() == Actor.provider || s.who() == Actor.netadmin));
    }

    @Test
    void no_customer_step_names_someone_else_and_network_work_is_not_the_customers() {
        List<String> others = kb.settings().otherActorWords();
        assertThat(others).contains("网管", "运营商", "技术人员", "ISP", "technician");
        for (var c : kb.causes()) {
            for (var s : c.solutions()) {
                if (s.who() == Actor.customer) {
                    assertThat(others).as(s.id()).noneMatch(w -> s.text().zh().contains(w) || s.text().en().contains(w));
                }
            }
        }
        assertThat(kb.cause("network.hardware.nic").orElseThrow().solutions())
                .filteredOn(s -> s.id().endsWith("replace-card")).allMatch(s -> s.who() == Actor.netadmin);
    }

    @ParameterizedTest
    @MethodSource("causes")
    void a_typical_case_of_each_cause_ranks_it_first(String cause) {
        List<Scenario> scenarios = kb.scenarios().stream().filter(s -> s.cause().equals(cause)).toList();
        assertThat(scenarios).as("scenarios of " + cause).hasSizeGreaterThanOrEqualTo(3);
        Map<String, String> ranks = scenarios.stream().collect(Collectors.toMap(Scenario::id, s -> {
            Assessment a = reasoner.assess(Facts.parse(s.facts(), kb, Observation.Source.check, s.id()));
            return a.top().cause();
        }));
        assertThat(ranks).as("leading cause per scenario of " + cause).containsValue(cause);
    }

    @Test
    void with_every_fact_given_most_scenarios_rank_their_cause_first() {
        long right = kb.scenarios().stream().filter(s -> reasoner.assess(
                Facts.parse(s.facts(), kb, Observation.Source.check, s.id())).top().cause().equals(s.cause())).count();
        assertThat((double) right / kb.scenarios().size()).isGreaterThan(0.75);
    }

    @Test
    void other_websites_failing_moves_the_diagnosis_to_the_local_network() {
        Observation others = Observation.answered("net.other-sites-work", "no");
        Assessment a = reasoner.assess(List.of(others));
        assertThat(a.top().cause()).startsWith("network.");
        Observation fine = Observation.answered("net.other-sites-work", "yes");
        assertThat(reasoner.assess(List.of(fine)).confidence(a.top().cause())).isLessThan(a.top().confidence());
    }
}
