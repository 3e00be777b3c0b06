package com.invoicedoctor.session;

import com.invoicedoctor.engine.Observation;
import com.invoicedoctor.interview.Turn;
import java.util.List;

/**
 * A session as stored and where its interview stands.
 *
 * @param added facts the latest change added (from an error text, a probe run or posted facts), else empty
 */
public record Snapshot(SessionRecord session, Turn turn, List<Observation> added) {

    public Snapshot {
        added = List.copyOf(added);
    }

    Snapshot(SessionRecord session, Turn turn) {
        this(session, turn, List.of());
    }
}
