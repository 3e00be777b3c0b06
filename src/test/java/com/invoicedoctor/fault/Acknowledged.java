package com.invoicedoctor.fault;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What a server acknowledged: each session it answered 201 for, and each answer it answered 200 for. After a restart,
 * {@link #lostOn} asks the server for every one of them.
 */
final class Acknowledged {
    /** Session id to the questions whose answers were acknowledged, in order. */
    private final Map<String, List<String>> sessions = new ConcurrentHashMap<>();

    void session(String id) {
        sessions.put(id, java.util.Collections.synchronizedList(new ArrayList<>()));
    }

    void answer(String session, String question) {
        sessions.get(session).add(question);
    }

    int sessions() {
        return sessions.size();
    }

    int answers() {
        return sessions.values().stream().mapToInt(List::size).sum();
    }

    /** What the server no longer has: sessions that give 404, answers missing from their session. */
    record Lost(int sessions, int answers) {
    }

    Lost lostOn(JsonClient server) throws IOException {
        int lostSessions = 0;
        int lostAnswers = 0;
        for (var e : sessions.entrySet()) {
            JsonClient.Reply r = server.get("/api/sessions/" + e.getKey());
            List<String> acknowledged;
            synchronized (e.getValue()) {
                acknowledged = List.copyOf(e.getValue());
            }
            if (r.status() == 404) {
                lostSessions++;
                lostAnswers += acknowledged.size();
                continue;
            }
            if (r.status() != 200) {
                throw new IllegalStateException("GET session " + e.getKey() + " answered " + r.status());
            }
            Set<String> stored = new HashSet<>();
            for (JsonNode a : r.json().get("answers")) {
                stored.add(a.get("question").asText());
            }
            lostAnswers += (int) acknowledged.stream().filter(q -> !stored.contains(q)).count();
        }
        return new Lost(lostSessions, lostAnswers);
    }
}
