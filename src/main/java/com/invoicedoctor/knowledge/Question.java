package com.invoicedoctor.knowledge;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * A question that sets one observation; customers get only customer questions.
 *
 * @param askIf a precondition: observation id to the value(s) it must have, several separated by "|", for the
 *              question to make sense ("switch the VPN off and retry" only when a VPN is in use). A question whose
 *              precondition is not known to hold is not asked. Optional.
 * @param notIf the same, but the question is left out only when the fact is known to have one of the values:
 *              tax-device questions are not asked of someone known to issue on the 数电 website, and are asked
 *              while nobody knows how the invoices are issued. Optional.
 * @param insteadOf on a helpdesk check, the customer question on the same observation it stands in for: a helpdesk
 *              session runs the check rather than asking the caller the same thing. Optional.
 */
public record Question(String id, String observation, Audience audience, int cost, Text text, List<Option> options,
                       Map<String, String> askIf, Map<String, String> notIf, String insteadOf) implements Serializable {

    /** Who may be asked: customers get plain words, helpdesk staff also technical questions. */
    public enum Audience { customer, helpdesk }

    /** One possible answer. */
    public record Option(String value, Text label) implements Serializable {
    }

    public Question {
        options = options == null ? List.of() : List.copyOf(options);
        askIf = askIf == null ? Map.of() : Map.copyOf(askIf);
        notIf = notIf == null ? Map.of() : Map.copyOf(notIf);
    }

    /** Whether the preconditions hold for these known facts (observation id to value). */
    public boolean applies(Map<String, String> known) {
        for (Map.Entry<String, String> condition : askIf.entrySet()) {
            if (!oneOf(condition.getValue(), known.get(condition.getKey()))) {
                return false;
            }
        }
        for (Map.Entry<String, String> condition : notIf.entrySet()) {
            if (oneOf(condition.getValue(), known.get(condition.getKey()))) {
                return false;
            }
        }
        return true;
    }

    private static boolean oneOf(String values, String value) {
        return value != null && List.of(values.split("\\|")).contains(value);
    }

    /** Whether someone in this audience may be asked this question. */
    public boolean askableBy(Audience who) {
        return audience == Audience.customer || who == Audience.helpdesk;
    }
}
