package com.invoicedoctor.session;

import com.invoicedoctor.interview.Turn;
import com.invoicedoctor.knowledge.Lang;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The interview's turn for recently seen session versions, so that the GET after a POST (and a reload)
 * does not choose the next question again. A new version of a session is a new key.
 */
final class TurnCache {
    private final Map<String, Turn> turns;

    TurnCache(int capacity) {
        this.turns = new LinkedHashMap<>(capacity, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Turn> eldest) {
                return size() > capacity;
            }
        };
    }

    synchronized Turn get(SessionRecord r, Lang lang) {
        return turns.get(key(r, lang));
    }

    synchronized void put(SessionRecord r, Lang lang, Turn turn) {
        turns.put(key(r, lang), turn);
    }

    private static String key(SessionRecord r, Lang lang) {
        return r.id() + '/' + r.version() + '/' + lang.name();
    }
}
