package com.invoicedoctor.knowledge;

import java.util.List;

/** A question that sets one observation; customers get only customer questions. */
public record Question(String id, String observation, Audience audience, int cost, Text text, List<Option> options) {

    /** Who may be asked: customers get plain words, helpdesk staff also technical questions. */
    public enum Audience { customer, helpdesk }

    /** One possible answer. */
    public record Option(String value, Text label) {
    }

    public Question {
        options = options == null ? List.of() : List.copyOf(options);
    }

    /** Whether someone in this audience may be asked this question. */
    public boolean askableBy(Audience who) {
        return audience == Audience.customer || who == Audience.helpdesk;
    }
}
