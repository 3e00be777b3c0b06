package com.invoicedoctor.bench;

import com.invoicedoctor.engine.Reasoner;
import com.invoicedoctor.interview.CaseState;
import com.invoicedoctor.interview.Interviewer;
import com.invoicedoctor.interview.Turn;
import com.invoicedoctor.knowledge.KnowledgeBase;
import com.invoicedoctor.knowledge.KnowledgeLoader;
import com.invoicedoctor.knowledge.Lang;
import com.invoicedoctor.knowledge.Question.Audience;
import com.invoicedoctor.knowledge.Scenario;
import java.nio.file.Path;
import java.util.Random;

/**
 * Prints one simulated interview step by step (question, answer, leading cause): a knowledge engineer's
 * tool for seeing why a scenario goes astray.
 * Run: java -cp target/test-classes:target/invoice-doctor.jar com.invoicedoctor.bench.InterviewTrace SCENARIO-ID [flip] [unknown]
 */
public final class InterviewTrace {
    private InterviewTrace() {
    }

    public static void main(String[] args) {
        KnowledgeBase kb = KnowledgeLoader.load(Path.of("knowledge-base"), Path.of("rules"));
        Interviewer interviewer = new Interviewer(new Reasoner(kb));
        double flip = args.length > 1 ? Double.parseDouble(args[1]) : 0.1;
        double unknown = args.length > 2 ? Double.parseDouble(args[2]) : 0.1;
        for (Scenario s : kb.scenarios()) {
            if (!s.id().equals(args[0])) {
                continue;
            }
            SimulatedUser user = new SimulatedUser(kb, s, new Random(20261126L ^ s.id().hashCode()), flip, unknown);
            CaseState state = CaseState.start(Audience.helpdesk);
            for (int i = 0; i < Benchmark.MAX_QUESTIONS; i++) {
                Turn turn = interviewer.next(state, Lang.en);
                System.out.printf("   top %s %.2f, 2nd %s %.2f, true %.2f%n", turn.assessment().top().cause(),
                        turn.assessment().top().confidence(), turn.assessment().ranking().get(1).cause(),
                        turn.assessment().ranking().get(1).confidence(), turn.assessment().confidence(s.cause()));
                if (turn.done()) {
                    System.out.println("done: " + turn.outcome());
                    break;
                }
                String answer = user.answer(turn.question());
                String truth = s.facts().get(turn.question().observation());
                System.out.printf("Q%d %s (%s) -> %s%s%n", i + 1, turn.question().id(), turn.question().observation(), answer,
                        truth == null ? " [not in scenario]" : truth.equals(answer) ? "" : " [NOISE, truth " + truth + "]");
                state = state.answer(turn.question().id(), answer);
            }
        }
    }
}
