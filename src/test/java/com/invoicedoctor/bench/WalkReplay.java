package com.invoicedoctor.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.invoicedoctor.engine.Assessment;
import com.invoicedoctor.engine.Observation;
import com.invoicedoctor.engine.Facts;
import com.invoicedoctor.engine.Reasoner;
import com.invoicedoctor.description.Description;
import com.invoicedoctor.interview.CaseState;
import com.invoicedoctor.interview.InvalidAnswerException;
import com.invoicedoctor.interview.Interviewer;
import com.invoicedoctor.knowledge.Question;
import com.invoicedoctor.knowledge.KnowledgeBase;
import com.invoicedoctor.knowledge.KnowledgeLoader;
import com.invoicedoctor.knowledge.YamlFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Calibration on what real callers said: every walk of evaluation/walks/ ends with the facts the person gave
 * (their words, their answers, the checks they ran); this replays those facts through today's knowledge at a grid
 * of temperatures and answer error rates and prints, for each, top-1, top-3, the expected calibration error, and
 * how many sessions would end at or above the stop threshold (and how many of those wrongly). The walks are spent
 * stories: fitting the confidence model's two numbers to them is calibration, not tuning a rule to a story.
 * With {@code --reread} the facts are not taken from the log but read again by today's product: the opening and
 * every open answer through today's description reader, every other answer through today's questions (an answer
 * to a question that no longer exists, or in a value it no longer takes, is left out). That shows what a change of
 * reading does to the same callers' words; the questions asked stay those of the walk.
 * Pass the spent walks only: a walk of stories still held out must not be used to set the model's numbers.
 * Run: java -cp target/test-classes:target/invoice-doctor.jar com.invoicedoctor.bench.WalkReplay [--reread] WALK_DIR...
 */
public final class WalkReplay {
    private WalkReplay() {
    }

    /** One walked session: the causes accepted for its story and the facts it ended with. */
    record Walk(String story, List<String> accepted, List<Observation> facts) {
    }

    public static void main(String[] args) throws IOException {
        KnowledgeBase kb = KnowledgeLoader.load(Path.of("knowledge-base"), Path.of("rules"));
        boolean reread = List.of(args).contains("--reread");
        List<Path> dirs = Stream.of(args).filter(a -> !a.startsWith("--")).map(Path::of).toList();
        if (dirs.isEmpty()) {
            System.err.println("usage: WalkReplay [--reread] WALK_DIR... (spent walks only)");
            System.exit(2);
        }
        List<Walk> walks = walks(dirs, kb, reread);
        double stop = kb.settings().stopThreshold();
        System.out.printf("%d walks; stop threshold %.2f%n", walks.size(), stop);
        System.out.println("temperature  answerError  top-1  top-3  ECE    at-stop (wrong)");
        for (double t : new double[] {0.5, 0.6, 0.7, 0.85, 1.0}) {
            for (double e : new double[] {0.02, 0.05, 0.10}) {
                Reasoner reasoner = new Reasoner(kb, Reasoner.priorsOf(kb), t, e);
                int top1 = 0;
                int top3 = 0;
                int atStop = 0;
                int wrongAtStop = 0;
                double[] confidence = new double[10];
                int[] right = new int[10];
                int[] count = new int[10];
                for (Walk w : walks) {
                    List<Assessment.Ranked> ranking = reasoner.assess(w.facts()).ranking();
                    boolean first = w.accepted().contains(ranking.get(0).cause());
                    top1 += first ? 1 : 0;
                    top3 += ranking.subList(0, 3).stream().anyMatch(r -> w.accepted().contains(r.cause())) ? 1 : 0;
                    double c = ranking.get(0).confidence();
                    if (c >= stop) {
                        atStop++;
                        wrongAtStop += first ? 0 : 1;
                    }
                    int band = Math.min(9, (int) (c * 10));
                    confidence[band] += c;
                    right[band] += first ? 1 : 0;
                    count[band]++;
                }
                double ece = 0;
                for (int b = 0; b < 10; b++) {
                    if (count[b] > 0) {
                        ece += Math.abs(confidence[b] / count[b] - (double) right[b] / count[b]) * count[b] / walks.size();
                    }
                }
                int n = walks.size();
                System.out.printf("%11.2f  %11.2f  %5.2f  %5.2f  %5.3f  %4.2f (%4.2f)%n", t, e, (double) top1 / n,
                        (double) top3 / n, ece, (double) atStop / n, (double) wrongAtStop / n);
            }
        }
    }

    private static List<Walk> walks(List<Path> dirs, KnowledgeBase kb, boolean reread) throws IOException {
        Interviewer interviewer = new Interviewer(new Reasoner(kb));
        Description description = new Description(kb);
        Map<String, List<String>> accepted = new HashMap<>();
        try (Stream<Path> files = Files.walk(Path.of("evaluation/stories"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).toList()) {
                for (JsonNode s : YamlFiles.mapper().readTree(f.toFile()).get("stories")) {
                    List<String> causes = new ArrayList<>(List.of(s.get("truth").asText()));
                    s.path("alsoAccepted").forEach(c -> causes.add(c.asText()));
                    accepted.put(s.get("id").asText(), causes);
                }
            }
        }
        ObjectMapper json = new ObjectMapper();
        List<Walk> walks = new ArrayList<>();
        for (Path dir : dirs) {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".jsonl")).sorted().toList()) {
                    String story = f.getFileName().toString().replace(".jsonl", "");
                    List<String> lines = Files.readAllLines(f).stream().filter(l -> !l.isBlank()).toList();
                    if (!accepted.containsKey(story) || lines.isEmpty()) {
                        continue;
                    }
                    List<Observation> facts = new ArrayList<>();
                    if (reread) {
                        walks.add(new Walk(story, accepted.get(story), reread(lines, json, interviewer, description)));
                        continue;
                    }
                    for (JsonNode fact : json.readTree(lines.get(lines.size() - 1)).path("facts")) {
                        String id = fact.get(0).asText();
                        String value = fact.get(1).asText();
                        // a fact the knowledge no longer has, or a value it no longer takes, is left out
                        if (kb.observation(id).map(d -> d.accepts(value)).orElse(false)) {
                            facts.add(Observation.of(id, value, Observation.Source.valueOf(fact.get(2).asText()), "walk"));
                        }
                    }
                    walks.add(new Walk(story, accepted.get(story), facts));
                }
            }
        }
        return walks;
    }

    /** The facts today's product takes from one walk's words and answers. */
    private static List<Observation> reread(List<String> lines, ObjectMapper json, Interviewer interviewer,
                                            Description description) throws IOException {
        JsonNode start = json.readTree(lines.get(0));
        CaseState state = CaseState.start(Question.Audience.valueOf(start.get("audience").asText()))
                .collect(description.read(start.path("description").asText("")));
        for (String line : lines.subList(1, lines.size())) {
            JsonNode step = json.readTree(line);
            String question = step.path("answered").asText();
            String value = step.path("value").asText();
            Question q = interviewer.knowledge().question(question).orElse(null);
            if (q == null) {
                continue;
            }
            if (interviewer.ownWords(q)) {
                state = state.answer(question, value).collect(Facts.UNKNOWN.equals(value) ? List.of() : description.read(value));
                continue;
            }
            try {
                interviewer.checkAnswer(question, value);
                state = state.answer(question, value);
            } catch (InvalidAnswerException e) {
                // a value the question no longer takes is left out
            }
        }
        return interviewer.observations(state);
    }
}
