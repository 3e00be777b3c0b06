package com.invoicedoctor.bench;

import com.invoicedoctor.engine.Assessment;
import com.invoicedoctor.engine.Reasoner;
import com.invoicedoctor.interview.CaseState;
import com.invoicedoctor.interview.Interviewer;
import com.invoicedoctor.knowledge.KnowledgeBase;
import com.invoicedoctor.knowledge.KnowledgeLoader;
import com.invoicedoctor.knowledge.Question;
import com.invoicedoctor.knowledge.Question.Audience;
import com.invoicedoctor.knowledge.Scenario;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * How well could anything do under the benchmark's noise? Every helpdesk question is answered by the noisy
 * simulated caller (several seeds per scenario), and the answers are judged three ways:
 * <ol>
 *   <li>by the rules (what the interview would conclude had it asked everything);</li>
 *   <li>by the nearest <em>other</em> scenario, weighing each answer with the noise model (a case-based reasoner
 *       that knows every written case but this one: what knowledge that generalises from the cases can reach);</li>
 *   <li>by the nearest scenario, this one included (knowledge that has memorised the test cases).</li>
 * </ol>
 * Run: java -cp target/test-classes:target/invoice-doctor.jar com.invoicedoctor.bench.NoiseCeiling [flip] [unknown] [seeds]
 */
public final class NoiseCeiling {
    private NoiseCeiling() {
    }

    public static void main(String[] args) {
        double flip = args.length > 0 ? Double.parseDouble(args[0]) : 0.1;
        double unknown = args.length > 1 ? Double.parseDouble(args[1]) : 0.1;
        int seeds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        KnowledgeBase kb = KnowledgeLoader.load(Path.of("knowledge-base"), Path.of("rules"));
        Reasoner reasoner = new Reasoner(kb);
        Interviewer interviewer = new Interviewer(reasoner);
        List<Question> questions = kb.questions().stream().filter(q -> q.askableBy(Audience.helpdesk)).toList();
        Map<String, Map<String, String>> truthful = new HashMap<>();
        for (Scenario s : kb.scenarios()) {
            truthful.put(s.id(), answers(new SimulatedUser(kb, s, new Random(0), 0, 0), questions));
        }
        int runs = 0;
        int rulesTop1 = 0;
        int rulesTop3 = 0;
        int otherCases = 0;
        int allCases = 0;
        for (Scenario s : kb.scenarios()) {
            for (int seed = 0; seed < seeds; seed++) {
                SimulatedUser user = new SimulatedUser(kb, s, new Random(20261126L * (seed + 1) ^ s.id().hashCode()), flip, unknown);
                Map<String, String> noisy = answers(user, questions);
                CaseState state = CaseState.start(Audience.helpdesk);
                for (Map.Entry<String, String> a : noisy.entrySet()) {
                    state = state.answer(a.getKey(), a.getValue());
                }
                List<String> ranking = reasoner.assess(interviewer.observations(state)).ranking().stream()
                        .map(Assessment.Ranked::cause).toList();
                runs++;
                rulesTop1 += ranking.get(0).equals(s.cause()) ? 1 : 0;
                rulesTop3 += ranking.indexOf(s.cause()) < 3 ? 1 : 0;
                otherCases += s.cause().equals(nearest(kb, questions, truthful, noisy, s.id(), flip)) ? 1 : 0;
                allCases += s.cause().equals(nearest(kb, questions, truthful, noisy, null, flip)) ? 1 : 0;
            }
        }
        System.out.printf("noise %.0f%% flipped + %.0f%% unknown, %d runs (%d scenarios x %d seeds), every helpdesk question asked%n",
                flip * 100, unknown * 100, runs, kb.scenarios().size(), seeds);
        System.out.printf("rules (the product):                top1 %.3f  top3 %.3f%n", (double) rulesTop1 / runs, (double) rulesTop3 / runs);
        System.out.printf("nearest other scenario (generalises): top1 %.3f%n", (double) otherCases / runs);
        System.out.printf("nearest scenario, itself included:    top1 %.3f%n", (double) allCases / runs);
    }

    private static Map<String, String> answers(SimulatedUser user, List<Question> questions) {
        Map<String, String> answers = new java.util.LinkedHashMap<>();
        for (Question q : questions) {
            answers.put(q.id(), user.answer(q));
        }
        return answers;
    }

    /** The cause of the scenario (other than {@code excluded}) whose truthful answers best explain the noisy ones. */
    private static String nearest(KnowledgeBase kb, List<Question> questions, Map<String, Map<String, String>> truthful,
                                  Map<String, String> noisy, String excluded, double flip) {
        String best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (Scenario other : kb.scenarios()) {
            if (other.id().equals(excluded)) {
                continue;
            }
            double score = 0;
            for (Question q : questions) {
                String given = noisy.get(q.id());
                String expected = truthful.get(other.id()).get(q.id());
                if ("unknown".equals(given)) {
                    continue;
                }
                // the noise model: a truthful answer kept, or flipped to one of the other options (an answer where
                // the other scenario would have had none counts as flipped: its caller would have said "unknown")
                score += given.equals(expected) ? Math.log(1 - flip) : Math.log(flip / Math.max(1, q.options().size() - 1));
            }
            if (score > bestScore) {
                bestScore = score;
                best = other.cause();
            }
        }
        return best;
    }
}
