package com.invoicedoctor.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import com.invoicedoctor.Fixture;
import com.invoicedoctor.engine.Evidence;
import com.invoicedoctor.engine.Finding;
import com.invoicedoctor.engine.Observation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;

/** The rules pre-built into Drools' executable model conclude exactly what the same rules compiled from DRL do. */
@Tag("slow")
class PrebuiltRulesTest {

    @Test
    void the_executable_model_draws_the_same_conclusions_as_the_drl_on_every_scenario() throws IOException {
        Map<Path, String> texts = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(Path.of("rules"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".drl")).sorted().toList()) {
                texts.put(f, Files.readString(f));
            }
        }
        List<Problem> problems = new ArrayList<>();
        KieBase drl = RuleBase.build(Path.of("rules"), texts, null, problems);
        KieBase model = RuleBase.build(Path.of("rules"), texts, module -> { }, problems);
        assertThat(problems).isEmpty();
        KnowledgeBase kb = Fixture.product();
        int concluded = 0;
        for (Scenario s : kb.scenarios()) {
            for (Observation.Source source : List.of(Observation.Source.answer, Observation.Source.errorText, Observation.Source.probe)) {
                List<Observation> facts = s.facts().entrySet().stream()
                        .map(f -> Observation.of(f.getKey(), f.getValue(), source, null)).toList();
                List<String> fromDrl = conclusions(drl, facts);
                assertThat(conclusions(model, facts)).as(s.id() + " as " + source).isEqualTo(fromDrl);
                concluded += fromDrl.size();
            }
        }
        assertThat(concluded).as("conclusions compared").isGreaterThan(kb.scenarios().size() * 3);
    }

    @Test
    void the_packaged_rules_and_their_stored_index_are_the_ones_read_from_rules() throws IOException {
        // runs after the package phase (mvn verify), which pre-builds them into the classes folder
        Map<Path, String> texts = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(Path.of("rules"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".drl")).sorted().toList()) {
                texts.put(f, Files.readString(f));
            }
        }
        PrebuiltRules.Prebuilt prebuilt = PrebuiltRules.matching(RuleBase.contentHash(texts), Path.of("rules"));
        assertThat(prebuilt).as("pre-built rules matching rules/ on the class path").isNotNull();
        List<Problem> problems = new ArrayList<>();
        assertThat(prebuilt.index()).isEqualTo(RuleBase.index(texts, problems));
        assertThat(prebuilt.kieBase().getKiePackage(RuleBase.PACKAGE).getRules()).hasSize(prebuilt.index().size());
        // the model's classes as the jar holds them, loaded from the class path, conclude what the DRL does
        KieBase drl = RuleBase.build(Path.of("rules"), texts, null, problems);
        assertThat(problems).isEmpty();
        for (Scenario s : Fixture.product().scenarios()) {
            List<Observation> facts = s.facts().entrySet().stream()
                    .map(f -> Observation.of(f.getKey(), f.getValue(), Observation.Source.answer, null)).toList();
            assertThat(conclusions(prebuilt.kieBase(), facts)).as(s.id()).isEqualTo(conclusions(drl, facts));
        }
    }

    private static List<String> conclusions(KieBase base, List<Observation> facts) {
        KieSession session = base.newKieSession();
        try {
            facts.forEach(session::insert);
            session.fireAllRules();
            List<String> out = new ArrayList<>();
            for (Object o : session.getObjects()) {
                if (o instanceof Evidence e) {
                    out.add("evidence " + e.cause() + " " + e.ratio() + " by " + e.rule());
                } else if (o instanceof Finding f) {
                    out.add("finding " + f.id() + " by " + f.rule());
                }
            }
            return out.stream().sorted().toList();
        } finally {
            session.dispose();
        }
    }
}
