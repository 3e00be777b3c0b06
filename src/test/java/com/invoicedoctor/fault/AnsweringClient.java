package com.invoicedoctor.fault;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.Random;

/**
 * A helpdesk agent in a hurry: starts a session, answers each question as it comes (an option, or a number), starts
 * the next session when one is done, and notes in {@link Acknowledged} what the server confirmed. Stops at the first
 * failed call (the server is gone) or when interrupted.
 */
final class AnsweringClient implements Runnable {
    private final JsonClient server;
    private final Acknowledged acknowledged;
    private final Random random;

    AnsweringClient(JsonClient server, Acknowledged acknowledged, int seed) {
        this.server = server;
        this.acknowledged = acknowledged;
        this.random = new Random(seed);
    }

    @Override
    public void run() {
        try {
            String session = null;
            JsonNode question = null;
            while (!Thread.currentThread().isInterrupted()) {
                if (question == null || question.isNull()) {
                    JsonClient.Reply started = server.post("/api/sessions", Map.of("audience", "helpdesk", "lang", "en"));
                    if (started.status() != 201) {
                        return;
                    }
                    session = started.json().get("id").asText();
                    acknowledged.session(session);
                    question = started.json().get("question");
                    continue;
                }
                String id = question.get("id").asText();
                JsonClient.Reply r = server.post("/api/sessions/" + session + "/answers", Map.of("question", id, "answer", answer(question)));
                if (r.status() != 200) {
                    return;
                }
                acknowledged.answer(session, id);
                question = r.json().get("question");
            }
        } catch (Exception e) {
            // the server was killed mid-call: what it did not acknowledge may or may not be stored
        }
    }

    private String answer(JsonNode question) {
        if ("number".equals(question.get("kind").asText())) {
            return String.valueOf(random.nextInt(1000));
        }
        JsonNode options = question.get("options");
        return options.get(random.nextInt(options.size())).get("value").asText();
    }
}
