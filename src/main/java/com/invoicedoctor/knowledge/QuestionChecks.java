package com.invoicedoctor.knowledge;

import com.invoicedoctor.knowledge.YamlFiles.Located;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Checks that questions mean what their answers store: an option's label agrees with its yes/no value, and no
 * two questions one session can be asked set the same observation (unless a helpdesk check says which customer
 * question it stands in for).
 */
final class QuestionChecks {
    private static final Pattern EN_YES = Pattern.compile("(?i)^\\s*yes\\b");
    private static final Pattern EN_NO = Pattern.compile("(?i)^\\s*(no|not|none|never)\\b");
    /** 是 / 有 open a Chinese yes ("是,…", "有,…"); 有效 (valid) is a word of its own. */
    private static final Pattern ZH_YES = Pattern.compile("^\\s*(是(?!否)|有(?!效))");
    private static final Pattern ZH_NO = Pattern.compile("^\\s*[不没否]");

    private enum Says { yes, no, neither }

    private final Map<String, Located<Question>> questions;

    QuestionChecks(Map<String, Located<Question>> questions) {
        this.questions = questions;
    }

    void check(List<Problem> problems) {
        questions.values().forEach(q -> checkLabels(q, problems));
        checkTwins(problems);
    }

    private void checkLabels(Located<Question> located, List<Problem> problems) {
        Question q = located.item();
        for (Question.Option option : q.options()) {
            if (option.label() == null || !"yes".equals(option.value()) && !"no".equals(option.value())) {
                continue;
            }
            Says en = says(option.label().en(), EN_YES, EN_NO);
            Says zh = says(option.label().zh(), ZH_YES, ZH_NO);
            Says contrary = "yes".equals(option.value()) ? Says.no : Says.yes;
            if (en == contrary || zh == contrary) {
                String label = en == contrary ? option.label().en() : option.label().zh();
                problems.add(atOption(located, label, "question " + q.id() + ": option '" + option.value() + "' is labelled \""
                        + label + "\", which answers " + contrary + "; word the question so that '" + option.value()
                        + "' means what " + q.observation() + " = " + option.value() + " says"));
            }
        }
    }

    private static Says says(String label, Pattern yes, Pattern no) {
        if (label == null) {
            return Says.neither;
        }
        return yes.matcher(label).find() ? Says.yes : no.matcher(label).find() ? Says.no : Says.neither;
    }

    /** Two questions one session can be asked must not set the same observation, bar a declared stand-in. */
    private void checkTwins(List<Problem> problems) {
        Map<String, List<Located<Question>>> byObservation = new LinkedHashMap<>();
        questions.values().forEach(q -> byObservation.computeIfAbsent(q.item().observation(), k -> new ArrayList<>()).add(q));
        for (Located<Question> located : questions.values()) {
            checkStandIn(located, problems);
        }
        for (List<Located<Question>> same : byObservation.values()) {
            for (int i = 0; i < same.size(); i++) {
                for (int j = i + 1; j < same.size(); j++) {
                    checkPair(same.get(i), same.get(j), problems);
                }
            }
        }
    }

    private void checkPair(Located<Question> a, Located<Question> b, List<Problem> problems) {
        Question first = a.item();
        Question second = b.item();
        if (first.audience() == null || second.audience() == null) {
            return;
        }
        if (first.audience() == second.audience()) {
            problems.add(at(b, second.id(), "questions " + first.id() + " and " + second.id() + " both set "
                    + second.observation() + " for " + second.audience() + " sessions; keep one"));
            return;
        }
        Question check = first.audience() == Question.Audience.helpdesk ? first : second;
        Question asked = check == first ? second : first;
        if (!asked.id().equals(check.insteadOf())) {
            problems.add(at(check == first ? a : b, check.id(), "questions " + asked.id() + " and " + check.id()
                    + " both set " + check.observation() + " and a helpdesk session can be asked both; merge them or mark "
                    + check.id() + " with insteadOf: " + asked.id()));
        }
    }

    private void checkStandIn(Located<Question> located, List<Problem> problems) {
        Question q = located.item();
        if (q.insteadOf() == null) {
            return;
        }
        Located<Question> other = questions.get(q.insteadOf());
        if (q.audience() != Question.Audience.helpdesk) {
            problems.add(at(located, q.id(), "question " + q.id() + ": only a helpdesk check can stand in for another question"));
        } else if (other == null) {
            problems.add(at(located, q.id(), "question " + q.id() + " stands in for unknown question " + q.insteadOf()));
        } else if (other.item().audience() != Question.Audience.customer
                || !other.item().observation().equals(q.observation())) {
            problems.add(at(located, q.id(), "question " + q.id() + " stands in for " + q.insteadOf()
                    + ", which is not a customer question setting " + q.observation()));
        }
    }

    /** The line of an option's label: the first line holding it after the question's id. */
    private static Problem atOption(Located<Question> located, String label, String message) {
        int line = 0;
        try {
            List<String> lines = java.nio.file.Files.readAllLines(located.file(), java.nio.charset.StandardCharsets.UTF_8);
            int start = YamlFiles.lineOf(located.file(), "id: " + located.item().id());
            for (int i = Math.max(start, 1) - 1; i < lines.size() && line == 0; i++) {
                line = lines.get(i).contains(label) ? i + 1 : 0;
            }
        } catch (java.io.IOException e) {
            line = 0;
        }
        return new Problem(located.file(), line, message);
    }

    private static Problem at(Located<Question> located, String text, String message) {
        return new Problem(located.file(), YamlFiles.lineOf(located.file(), text), message);
    }
}
