package com.invoicedoctor.knowledge;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ast.expr.DoubleLiteralExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.invoicedoctor.knowledge.Conclusion.Kind;
import com.invoicedoctor.knowledge.FactPattern.Comparison;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.drools.drl.ast.descr.AndDescr;
import org.drools.drl.ast.descr.AtomicExprDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.BindingDescr;
import org.drools.drl.ast.descr.ConnectiveType;
import org.drools.drl.ast.descr.ConstraintConnectiveDescr;
import org.drools.drl.ast.descr.ExistsDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.NotDescr;
import org.drools.drl.ast.descr.OrDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RelationalExprDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlExprParser;
import org.drools.drl.parser.DrlExprParserFactory;
import org.kie.internal.builder.conf.LanguageLevelOption;

/**
 * Reads one rule from Drools' parsed form into a {@link RuleShape}. It reads the shapes the rules are written in
 * (fact patterns over Observation, Finding and Repair whose fields are compared with literals, under
 * {@code not}, {@code exists} or {@code or}; a consequence that inserts {@code Evidence.of} or {@code Finding.of})
 * and reports anything else as a problem at its file and line, so that nothing a rule says goes unread.
 */
final class RuleReader {
    /** The fields a pattern may compare, by fact type. */
    private static final Map<String, Set<String>> FIELDS = Map.of(
            "Observation", Set.of("id", "value", "number", "source"),
            "Finding", Set.of("id"),
            "Repair", Set.of("step", "cause", "kind", "outcome", "share"));
    private static final Set<String> EQUALITY = Set.of("==", "!=");
    private static final Set<String> ORDER = Set.of("==", "!=", "<", ">", "<=", ">=");

    private final JavaParser java;
    private final Path file;
    private final RuleDescr rule;
    private final List<Problem> problems;
    private final List<FactPattern> conditions = new ArrayList<>();
    private final List<Conclusion> conclusions = new ArrayList<>();

    private RuleReader(JavaParser java, Path file, RuleDescr rule, List<Problem> problems) {
        this.java = java;
        this.file = file;
        this.rule = rule;
        this.problems = problems;
    }

    /** A parser for consequences, to reuse for every rule of one reading (making one takes longer than parsing). */
    static JavaParser consequenceParser() {
        // the raw language level skips JavaParser's checks of which Java version a construct needs (the build's
        // compiler checks the consequence); comments are not kept
        return new JavaParser(new ParserConfiguration().setLanguageLevel(ParserConfiguration.LanguageLevel.RAW)
                .setAttributeComments(false));
    }

    /** The rule's shape; what cannot be read is added to the problems. */
    static RuleShape read(JavaParser java, Path file, RuleDescr rule, List<Problem> problems) {
        RuleReader reader = new RuleReader(java, file, rule, problems);
        reader.conditions(rule.getLhs(), false);
        reader.consequence();
        return new RuleShape(file, Math.max(1, rule.getLine()), rule.getName(), reader.conditions, reader.conclusions);
    }

    private void conditions(BaseDescr element, boolean negated) {
        if (element instanceof PatternDescr pattern) {
            pattern(pattern, negated);
        } else if (element instanceof NotDescr not) {
            not.getDescrs().forEach(d -> conditions((BaseDescr) d, !negated));
        } else if (element instanceof AndDescr || element instanceof OrDescr || element instanceof ExistsDescr) {
            ((org.drools.drl.ast.descr.ConditionalElementDescr) element).getDescrs()
                    .forEach(d -> conditions((BaseDescr) d, negated));
        } else if (element != null) {
            unreadable(element.getLine(), "a condition of the kind " + element.getClass().getSimpleName().replace("Descr", "")
                    + " (only fact patterns under not, exists, and, or)");
        }
    }

    private void pattern(PatternDescr pattern, boolean negated) {
        Set<String> fields = FIELDS.get(pattern.getObjectType());
        if (fields == null) {
            unreadable(pattern.getLine(), "a pattern over " + pattern.getObjectType() + " (only " + FIELDS.keySet() + ")");
            return;
        }
        if (pattern.getSource() != null) {
            unreadable(pattern.getLine(), "a pattern with a source (from, collect, accumulate)");
            return;
        }
        List<Comparison> comparisons = new ArrayList<>();
        for (BaseDescr d : pattern.getDescrs()) {
            if (!(d instanceof ExprConstraintDescr constraint)) {
                unreadable(d.getLine(), "the constraint " + d);
                continue;
            }
            DrlExprParser parser = DrlExprParserFactory.getDrlExprParser(LanguageLevelOption.DRL6);
            ConstraintConnectiveDescr parsed = parser.parse(constraint.getExpression());
            if (parser.hasErrors() || parsed == null) {
                unreadable(constraint.getLine(), "the constraint " + constraint.getExpression());
                continue;
            }
            constraint(parsed, constraint, fields, comparisons);
        }
        conditions.add(new FactPattern(pattern.getObjectType(), pattern.getLine(), negated, comparisons));
    }

    /** Reads one constraint: comparisons joined by && and ||, where || only joins comparisons of one field. */
    private void constraint(BaseDescr d, ExprConstraintDescr in, Set<String> fields, List<Comparison> out) {
        if (d instanceof ConstraintConnectiveDescr connective) {
            // || joins tests of one field (id in (…), value in (…)), or alternatives that each name their ids:
            // (id == "a" && value == "x") || (id == "b" && value == "y"); the index keeps the union of them
            if (connective.getConnective() == ConnectiveType.OR && fieldsOf(connective).size() > 1
                    && !connective.getDescrs().stream().allMatch(alternative -> fieldsOf(alternative).contains("id"))) {
                unreadable(in.getLine(), "'" + oneLine(in.getExpression()) + "': || may only join tests of one field,"
                        + " such as id in (…), or alternatives that each name an id; write the others as separate rules");
                return;
            }
            connective.getDescrs().forEach(c -> constraint(c, in, fields, out));
        } else if (d instanceof BindingDescr binding) {
            if (!fields.contains(binding.getExpression())) {
                unreadable(in.getLine(), "the binding " + binding + " (bind a field: " + fields + ")");
            }
        } else if (d instanceof RelationalExprDescr relation) {
            comparison(relation, in, fields, out);
        } else {
            unreadable(in.getLine(), "'" + oneLine(in.getExpression()) + "' (compare a field with a literal)");
        }
    }

    private void comparison(RelationalExprDescr relation, ExprConstraintDescr in, Set<String> fields, List<Comparison> out) {
        String field = relation.getLeft() instanceof AtomicExprDescr left && !left.isLiteral() ? left.getExpression() : null;
        String literal = relation.getRight() instanceof AtomicExprDescr right ? right.getExpression() : null;
        String op = relation.getOperator();
        String where = "'" + oneLine(relation.toString()) + "'";
        if (field == null || !fields.contains(field) || literal == null || relation.isNegated()) {
            unreadable(in.getLine(), where + " (compare one of the fields " + fields + " with a literal)");
            return;
        }
        boolean fits = switch (field) {
            case "id" -> op.equals("==") && isString(literal);
            // whether the field is set at all: number != null is a number of any size
            case "number", "value" -> literal.equals("null") ? EQUALITY.contains(op)
                    : field.equals("number") ? ORDER.contains(op) && isNumber(literal) : EQUALITY.contains(op) && isString(literal);
            case "source" -> EQUALITY.contains(op) && !literal.startsWith("\"");
            default -> EQUALITY.contains(op) && isString(literal);
        };
        if (!fits) {
            String expected = switch (field) {
                case "id" -> "id is named with == \"…\" or in (\"…\", …)";
                case "number" -> "number is compared with a number or null";
                case "source" -> "source is compared with == or != Observation.Source.…";
                default -> field + " is compared with == or != \"…\"";
            };
            unreadable(in.getLine(), where + " (" + expected + ")");
            return;
        }
        out.add(new Comparison(field, op, literal, lineWithin(in, literal)));
    }

    private static Set<String> fieldsOf(BaseDescr d) {
        Set<String> fields = new HashSet<>();
        if (d instanceof ConstraintConnectiveDescr c) {
            c.getDescrs().forEach(x -> fields.addAll(fieldsOf(x)));
        } else if (d instanceof RelationalExprDescr r && r.getLeft() instanceof AtomicExprDescr left) {
            fields.add(left.getExpression());
        } else if (d instanceof BindingDescr b) {
            fields.add(b.getExpression());
        } else {
            fields.add(String.valueOf(d));
        }
        return fields;
    }

    private void consequence() {
        Object text = rule.getConsequence();
        // Drools gives the line of 'then' and the consequence's text from the next line on
        int thenLine = rule.getConsequenceLine();
        ParseResult<BlockStmt> block = java.parseBlock("{" + (text == null ? "" : text) + "\n}");
        if (!block.isSuccessful() || block.getResult().isEmpty()) {
            unreadable(thenLine, "the consequence (it does not parse as Java statements)");
            return;
        }
        for (Statement s : block.getResult().get().getStatements()) {
            int line = thenLine + s.getBegin().map(p -> p.line).orElse(1);
            Expression e = s instanceof ExpressionStmt stmt ? stmt.getExpression() : null;
            MethodCallExpr insert = e instanceof MethodCallExpr call && (call.getNameAsString().equals("insertLogical")
                    || call.getNameAsString().equals("insert")) && call.getScope().isEmpty()
                    && call.getArguments().size() == 1 ? call : null;
            MethodCallExpr of = insert != null && insert.getArgument(0) instanceof MethodCallExpr call
                    && call.getNameAsString().equals("of") && call.getScope().map(Expression::toString).isPresent() ? call : null;
            String type = of == null ? "" : of.getScope().get().toString();
            if (type.equals("Finding") && of.getArguments().size() == 2 && of.getArgument(1) instanceof StringLiteralExpr id) {
                conclusions.add(new Conclusion(Kind.FINDING, id.asString(), false, 0, line));
            } else if (type.equals("Evidence") && of.getArguments().size() == 3
                    && (of.getArgument(1) instanceof StringLiteralExpr || of.getArgument(1) instanceof NameExpr)) {
                Expression target = of.getArgument(1);
                boolean variable = target instanceof NameExpr;
                String name = variable ? ((NameExpr) target).getNameAsString() : ((StringLiteralExpr) target).asString();
                // a ratio computed from bound values (a repair's share) is known only when the rule fires: NaN here
                Double ratio = ratio(of.getArgument(2));
                conclusions.add(new Conclusion(Kind.EVIDENCE, name, variable, ratio == null ? Double.NaN : ratio, line));
            } else {
                unreadable(line, "the statement '" + oneLine(s.toString()) + "' (a consequence inserts"
                        + " Finding.of(kcontext, \"finding.…\") or Evidence.of(kcontext, \"cause\" or $bound, ratio))");
            }
        }
    }

    private static Double ratio(Expression e) {
        if (e instanceof DoubleLiteralExpr d) {
            return d.asDouble();
        }
        if (e instanceof IntegerLiteralExpr i) {
            return i.asNumber().doubleValue();
        }
        if (e instanceof UnaryExpr u && u.getOperator() == UnaryExpr.Operator.MINUS) {
            Double inner = ratio(u.getExpression());
            return inner == null ? null : -inner;
        }
        return null;
    }

    private static boolean isString(String literal) {
        return literal.length() >= 2 && literal.startsWith("\"") && literal.endsWith("\"");
    }

    private static boolean isNumber(String literal) {
        try {
            Double.parseDouble(literal);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** The line a literal stands on: a constraint such as id in (…) may span lines. */
    private static int lineWithin(ExprConstraintDescr constraint, String literal) {
        String expression = constraint.getExpression();
        int at = expression.indexOf(literal);
        int line = constraint.getLine();
        for (int i = 0; i < at; i++) {
            if (expression.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    private void unreadable(int line, String what) {
        problems.add(new Problem(file, Math.max(line, rule.getLine()), "rule \"" + rule.getName()
                + "\": the rule index cannot read " + what));
    }

    /** A text on one line, each run of white space one blank. */
    static String oneLine(String s) {
        StringBuilder out = new StringBuilder();
        boolean space = false;
        for (char c : (s == null ? "" : s.strip()).toCharArray()) {
            if (Character.isWhitespace(c)) {
                space = true;
            } else {
                out.append(space && out.length() > 0 ? " " : "").append(c);
                space = false;
            }
        }
        return out.toString();
    }
}
