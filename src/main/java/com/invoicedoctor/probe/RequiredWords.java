package com.invoicedoctor.probe;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The literal words one of which must occur in a text for a regular expression to match it, when they can be
 * told from the expression: for each top-level alternative, its longest run of plain characters, or else the
 * words required by one of its groups that is not optional. A text holding none of them is skipped without running
 * the expression, which makes reading a long pasted log cheap. When some alternative has neither a plain run of
 * three characters (two Chinese ones) nor such a group, nothing can be told and the expression always runs.
 */
final class RequiredWords {
    private static final int MIN_RUN = 3;
    private static final String QUANTIFIERS = "?*{";

    private RequiredWords() {
    }

    /** Lower-cased words, one of which every match contains; empty when that cannot be told. */
    static Optional<List<String>> of(String regex) {
        return ofEachBranch(regex).map(perBranch -> perBranch.stream().flatMap(List::stream).toList());
    }

    /**
     * The same for each top-level alternative of the expression ({@link #branches}) on its own: the words one of
     * which every match of that alternative contains. Empty when they cannot be told for some alternative.
     */
    static Optional<List<List<String>>> ofEachBranch(String regex) {
        List<List<String>> perBranch = new ArrayList<>();
        for (String branch : branches(regex)) {
            Optional<List<String>> required = ofBranch(branch);
            if (required.isEmpty()) {
                return Optional.empty();
            }
            perBranch.add(required.get());
        }
        return Optional.of(perBranch);
    }

    /**
     * The words one of which every match of an expression begins with, lower-cased, when they can be told: a run of
     * plain characters at its start ("ORA-01034", "Connection refused"), or a group of such alternatives
     * ("(?:下载|获取)…"), before which a group made optional adds its own ("(?:购方|销方)?(?:税号|名称)…"). Its matches
     * can then only start where one of them occurs. Empty when some way to begin a match is not such a word.
     */
    static Optional<List<String>> leadingWords(String regex) {
        List<String> words = new ArrayList<>();
        int end = leading(regex, 0, words);
        return end < 0 || words.isEmpty() || words.stream().anyMatch(String::isEmpty) ? Optional.empty() : Optional.of(words);
    }

    /**
     * Adds the words the alternatives of the stretch from {@code at} (to its closing parenthesis or the end) can
     * begin with; returns where that stretch ends, or -1 when some alternative cannot be told.
     */
    private static int leading(String regex, int at, List<String> words) {
        int i = at;
        while (true) {
            i = leadingOfSequence(regex, i, words);
            if (i < 0) {
                return -1;
            }
            if (i < regex.length() && regex.charAt(i) == '|') {
                i++;
                continue;
            }
            return i;
        }
    }

    /** The same for one alternative: a run, or groups until one that is not optional. */
    private static int leadingOfSequence(String regex, int at, List<String> words) {
        int i = at;
        while (i < regex.length()) {
            char c = regex.charAt(i);
            if (c == '(') {
                int body = groupBody(regex, i);
                if (body < 0) {
                    return -1;
                }
                int close = leading(regex, body, words);
                if (close < 0 || close >= regex.length() || regex.charAt(close) != ')') {
                    return -1;
                }
                char next = close + 1 < regex.length() ? regex.charAt(close + 1) : 0;
                boolean optional = next == '?' || next == '*' || (next == '{' && regex.startsWith("{0", close + 1));
                if (!optional) {
                    return skipToAlternativeEnd(regex, close + 1);
                }
                i = skipQuantifier(regex, close + 1); // what follows may begin the match too
                continue;
            }
            StringBuilder run = new StringBuilder();
            while (i < regex.length()) {
                char ch = regex.charAt(i);
                int width = 1;
                char literal = ch;
                if (ch == '\\') {
                    if (i + 1 >= regex.length() || Character.isLetterOrDigit(regex.charAt(i + 1))) {
                        break;
                    }
                    literal = regex.charAt(i + 1);
                    width = 2;
                } else if ("[(){}.^$+|?*".indexOf(ch) >= 0) {
                    break;
                }
                char next = i + width < regex.length() ? regex.charAt(i + width) : 0;
                if (QUANTIFIERS.indexOf(next) >= 0) {
                    break; // made optional
                }
                run.append(literal);
                i += width;
            }
            if (run.length() == 0) {
                return -1; // a class, a dot, \d, an anchor, a look-around…: no word can be told
            }
            String word = run.toString().toLowerCase(Locale.ROOT);
            if (word.length() != run.length()) {
                return -1;
            }
            words.add(word);
            return skipToAlternativeEnd(regex, i);
        }
        return -1; // the alternative can match nothing at all
    }

    /** Where a group's body begins ("(", "(?:", "(?<name>"); -1 for look-arounds, flags and atomic groups. */
    private static int groupBody(String regex, int open) {
        if (!regex.startsWith("?", open + 1)) {
            return open + 1;
        }
        if (regex.startsWith("?:", open + 1)) {
            return open + 3;
        }
        if (regex.startsWith("?<", open + 1) && !regex.startsWith("?<=", open + 1) && !regex.startsWith("?<!", open + 1)) {
            int close = regex.indexOf('>', open);
            return close < 0 ? -1 : close + 1;
        }
        return -1;
    }

    private static int skipQuantifier(String regex, int at) {
        int i = at;
        if (i < regex.length() && regex.charAt(i) == '{') {
            i = regex.indexOf('}', i) + 1;
        } else if (i < regex.length() && "?*+".indexOf(regex.charAt(i)) >= 0) {
            i++;
        }
        if (i > 0 && i < regex.length() && (regex.charAt(i) == '?' || regex.charAt(i) == '+')) {
            i++; // lazy or possessive
        }
        return i;
    }

    /** Where the alternative that contains {@code at} ends: at the next "|" or ")" of its own level. */
    private static int skipToAlternativeEnd(String regex, int at) {
        int depth = 0;
        boolean inClass = false;
        for (int i = at; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (inClass) {
                inClass = c != ']';
            } else if (c == '[') {
                inClass = true;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                if (depth == 0) {
                    return i;
                }
                depth--;
            } else if (c == '|' && depth == 0) {
                return i;
            }
        }
        return regex.length();
    }

    /** The top-level alternatives of an expression as written: joined with "|" they are the expression again. */
    static List<String> branches(String regex) {
        List<String> branches = new ArrayList<>();
        int start = 0;
        for (int end = skipToAlternativeEnd(regex, start); end < regex.length() && regex.charAt(end) == '|';
                end = skipToAlternativeEnd(regex, start)) {
            branches.add(regex.substring(start, end));
            start = end + 1;
        }
        branches.add(regex.substring(start));
        return branches;
    }

    private static Optional<List<String>> ofBranch(String branch) {
        List<String> groups = new ArrayList<>();
        String run = longestRun(branch, groups);
        if (run.length() >= minimum(run)) {
            return Optional.of(List.of(run.toLowerCase(Locale.ROOT)));
        }
        for (String group : groups) {
            Optional<List<String>> inside = of(group);
            if (inside.isPresent()) {
                return inside;
            }
        }
        return Optional.empty();
    }

    /** Two Chinese characters make a word as telling as three Latin letters. */
    private static int minimum(String run) {
        return run.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) ? 2 : MIN_RUN;
    }

    /**
     * The longest run of characters matched literally, outside groups and classes and not made optional; the
     * bodies of the top-level groups that every match passes through (not optional, not a look-around) are added
     * to {@code groups}.
     */
    private static String longestRun(String branch, List<String> groups) {
        String best = "";
        StringBuilder run = new StringBuilder();
        int depth = 0;
        int groupStart = -1;
        boolean inClass = false;
        for (int i = 0; i < branch.length(); i++) {
            char c = branch.charAt(i);
            char next = i + 1 < branch.length() ? branch.charAt(i + 1) : 0;
            if (inClass) {
                inClass = c != ']';
                continue;
            }
            Character literal = null;
            if (c == '\\' && i + 1 < branch.length()) {
                i++;
                literal = Character.isLetterOrDigit(next) ? null : next; // \d, \s, \b… are not literals; \. is
                next = i + 1 < branch.length() ? branch.charAt(i + 1) : 0;
            } else if (c == '[') {
                inClass = true;
            } else if (c == '{' && branch.indexOf('}', i) > 0) {
                i = branch.indexOf('}', i); // a counted quantifier {m,n}: no literal inside
            } else if (c == '(') {
                if (depth == 0) {
                    groupStart = i + 1;
                }
                depth++;
            } else if (c == ')') {
                depth--;
                boolean optional = next == '?' || next == '*' || (next == '{' && branch.startsWith("{0", i + 1));
                if (depth == 0 && !optional && groupStart >= 0) {
                    body(branch.substring(groupStart, i)).ifPresent(groups::add);
                }
                if (QUANTIFIERS.indexOf(next) >= 0 || next == '+') {
                    i++; // the group's quantifier
                }
            } else if (depth == 0 && ".^$+|".indexOf(c) < 0 && QUANTIFIERS.indexOf(c) < 0) {
                literal = c;
            }
            boolean optional = QUANTIFIERS.indexOf(next) >= 0;
            if (literal != null && depth == 0 && !optional) {
                run.append(literal);
            } else {
                if (run.length() > best.length()) {
                    best = run.toString();
                }
                run.setLength(0);
            }
        }
        return run.length() > best.length() ? run.toString() : best;
    }

    /** A group's body without its "?:" or "?<name>" prefix; none for look-arounds and inline flags. */
    private static Optional<String> body(String group) {
        if (!group.startsWith("?")) {
            return Optional.of(group);
        }
        if (group.startsWith("?:")) {
            return Optional.of(group.substring(2));
        }
        if (group.startsWith("?<") && !group.startsWith("?<=") && !group.startsWith("?<!") && group.indexOf('>') > 0) {
            return Optional.of(group.substring(group.indexOf('>') + 1));
        }
        return Optional.empty();
    }
}
