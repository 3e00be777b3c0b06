package com.invoicedoctor.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.invoicedoctor.engine.Assessment;
import com.invoicedoctor.engine.Observation;
import com.invoicedoctor.engine.Facts;
import com.invoicedoctor.engine.Reasoner;
import com.invoicedoctor.description.CauseResemblance;
import com.invoicedoctor.description.Description;
import com.invoicedoctor.description.DescriptionReader;
import com.invoicedoctor.probe.ErrorTextAnalyzer;
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
 * With {@code --own-round-out} (and --reread) each walk is read by a resemblance without any story of its round, so
 * rounds 2-6, whose stories are examples now, are read as strangers' words, like round 7. {@code --at T,ERROR} replays
 * one model only and prints its reliability table ({@code --detail}: each walk with the evidence of its first two causes);
 * {@code --temperatures 0.6,0.7 --errors 0.05,0.1} sets the grid; {@code --audience customer} keeps one audience's walks.
 * Run: java -cp target/test-classes:target/invoice-doctor.jar com.invoicedoctor.bench.WalkReplay [--reread
 * [--own-round-out]] [--at T,ERROR [--detail]] WALK_DIR...
 */
public final class WalkReplay {
    private WalkReplay() {
    }

    /** One walked session: the causes accepted for its story and the facts it ended with. */
    record Walk(String story, String audience, List<String> accepted, List<Observation> facts) {
    }

    public static void main(String[] args) throws IOException {
        KnowledgeBase kb = KnowledgeLoader.load(Path.of("knowledge-base"), Path.of("rules"));
        List<String> options = List.of(args);
        boolean reread = options.contains("--reread");
        boolean ownRoundOut = options.contains("--own-round-out");
        boolean detail = options.contains("--detail");
        String at = null;
        String audience = null;
        double[] temperatures = {0.5, 0.6, 0.7, 0.85, 1.0};
        double[] errors = {0.02, 0.05, 0.10};
        List<Path> dirs = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--at") && i + 1 < args.length) {
                at = args[++i];
            } else if (args[i].equals("--audience") && i + 1 < args.length) {
                audience = args[++i];
            } else if (args[i].equals("--temperatures") && i + 1 < args.length) {
                temperatures = Stream.of(args[++i].split(",")).mapToDouble(Double::parseDouble).toArray();
            } else if (args[i].equals("--errors") && i + 1 < args.length) {
                errors = Stream.of(args[++i].split(",")).mapToDouble(Double::parseDouble).toArray();
            } else if (!args[i].startsWith("--")) {
                dirs.add(Path.of(args[i]));
            }
        }
        if (dirs.isEmpty() || ownRoundOut && !reread) {
            System.err.println("usage: WalkReplay [--reread [--own-round-out]] [--at T,ERROR [--detail]] [--temperatures"
                    + " T,T... --errors E,E...] [--audience A] WALK_DIR..."
                    + " (spent walks only)");
            System.exit(2);
        }
        String only = audience;
        List<Walk> walks = walks(dirs, kb, reread, ownRoundOut).stream()
                .filter(w -> only == null || w.audience().equals(only)).toList();
        double stop = kb.settings().stopThreshold();
        System.out.printf("%d walks; stop threshold %.2f%n", walks.size(), stop);
        if (at != null) {
            String[] te = at.split(",");
            Replay r = replay(walks, new Reasoner(kb, Reasoner.priorsOf(kb), Double.parseDouble(te[0]),
                    Double.parseDouble(te[1])), stop, detail);
            System.out.printf("temperature %s  answerError %s%n%s", te[0], te[1], r.reliability());
            return;
        }
        System.out.println("temperature  answerError  top-1  top-3  ECE    at-stop (wrong)");
        for (double t : temperatures) {
            for (double e : errors) {
                Replay r = replay(walks, new Reasoner(kb, Reasoner.priorsOf(kb), t, e), stop, false);
                System.out.printf("%11.2f  %11.2f  %s%n", t, e, r.line());
            }
        }
        Replay r = replay(walks, new Reasoner(kb), stop, false);
        System.out.printf("kb.yaml's model (temperature %.2f):%n%s", kb.settings().temperature(), r.reliability());
    }

    /** What one confidence model makes of the walks: top-1, top-3, the stop and the reliability bands. */
    record Replay(int n, int top1, int top3, int atStop, int wrongAtStop, double[] confidence, int[] right, int[] count) {
        double ece() {
            double ece = 0;
            for (int b = 0; b < 10; b++) {
                if (count[b] > 0) {
                    ece += Math.abs(confidence[b] / count[b] - (double) right[b] / count[b]) * count[b] / n;
                }
            }
            return ece;
        }

        String line() {
            return String.format("%5.2f  %5.2f  %5.3f  %5.3f (%5.3f)", (double) top1 / n, (double) top3 / n, ece(),
                    (double) atStop / n, (double) wrongAtStop / n);
        }

        /** The reliability table: each band of the leader's confidence, how many walks, the mean claimed, the share right. */
        String reliability() {
            StringBuilder out = new StringBuilder("top-1  top-3  ECE    at-stop (wrong)\n" + line() + "\n");
            for (int b = 0; b < 10; b++) {
                if (count[b] > 0) {
                    out.append(String.format("  %.1f-%.1f: n %3d  mean confidence %.2f  right %.2f%n", b / 10.0,
                            (b + 1) / 10.0, count[b], confidence[b] / count[b], (double) right[b] / count[b]));
                }
            }
            return out.toString();
        }
    }

    private static Replay replay(List<Walk> walks, Reasoner reasoner, double stop, boolean detail) {
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
            if (detail) {
                System.out.printf("%-10s %s %.2f %-40s truth %s%n", w.story(), first ? "right" : "WRONG", c,
                        ranking.get(0).cause(), w.accepted());
                for (Assessment.Ranked r : ranking.subList(0, 2)) {
                    for (com.invoicedoctor.engine.Evidence e : r.evidence()) {
                        System.out.printf("    %-32s %-48s x%.2f%n", r.cause(), e.rule(), e.ratio());
                    }
                }
            }
        }
        return new Replay(walks.size(), top1, top3, atStop, wrongAtStop, confidence, right, count);
    }

    private static List<Walk> walks(List<Path> dirs, KnowledgeBase kb, boolean reread, boolean ownRoundOut)
            throws IOException {
        Interviewer interviewer = new Interviewer(new Reasoner(kb));
        CauseResemblance resemblance = new CauseResemblance(kb);
        Description everything = new Description(new DescriptionReader(kb), new ErrorTextAnalyzer(kb), resemblance);
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
            Description description = everything;
            if (ownRoundOut) {
                // the round's stories may be examples now: read its walks as a stranger to the whole round would
                try (Stream<Path> files = Files.walk(dir)) {
                    description = everything.with(resemblance.leavingOut(roundOf(files.map(p -> p.getFileName().toString())
                            .filter(f -> f.endsWith(".jsonl")).map(f -> f.replace(".jsonl", "")).toList(), accepted.keySet())));
                }
            }
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".jsonl")).sorted().toList()) {
                    String story = f.getFileName().toString().replace(".jsonl", "");
                    List<String> lines = Files.readAllLines(f).stream().filter(l -> !l.isBlank()).toList();
                    if (!accepted.containsKey(story) || lines.isEmpty()) {
                        continue;
                    }
                    List<Observation> facts = new ArrayList<>();
                    String audience = json.readTree(lines.get(0)).path("audience").asText();
                    if (reread) {
                        walks.add(new Walk(story, audience, accepted.get(story), reread(lines, json, interviewer, description)));
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
                    walks.add(new Walk(story, audience, accepted.get(story), facts));
                }
            }
        }
        return walks;
    }

    /** Every story id of the rounds the given walked stories belong to (a round is the id's prefix, "r6-"). */
    private static List<String> roundOf(List<String> walked, java.util.Set<String> all) {
        java.util.Set<String> rounds = new java.util.HashSet<>();
        for (String id : walked) {
            rounds.add(id.matches("r\\d+-.*") ? id.substring(0, id.indexOf('-') + 1) : "");
        }
        return all.stream().filter(id -> rounds.stream().anyMatch(r -> r.isEmpty() ? !id.matches("r\\d+-.*")
                : id.startsWith(r))).toList();
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
