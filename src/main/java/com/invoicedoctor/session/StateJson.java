package com.invoicedoctor.session;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.invoicedoctor.engine.Observation;
import com.invoicedoctor.interview.CaseState;
import com.invoicedoctor.knowledge.Question.Audience;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The JSON the store keeps in the state and checks columns; answers are written in the order given. */
final class StateJson {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** The stored shape of a case. */
    record Stored(Audience audience, List<Answer> answers, List<Observation> collected, Map<String, String> repairs,
                  Integer answersAtRepair) {
    }

    /** One answer in the order given. */
    record Answer(String question, String answer) {
    }

    private StateJson() {
    }

    static String write(SessionRecord r) {
        List<Answer> answers = r.answered().stream().map(e -> new Answer(e.getKey(), e.getValue())).toList();
        CaseState s = r.state();
        return write(new Stored(s.audience(), answers, new ArrayList<>(s.collected().values()), new LinkedHashMap<>(s.repairs()),
                s.answersAtRepair()));
    }

    static Stored readState(String json) {
        try {
            return MAPPER.readValue(json, Stored.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored session cannot be read: " + e.getOriginalMessage(), e);
        }
    }

    /** The case and the order of its answers from the stored shape. */
    static CaseState toCase(Stored stored) {
        CaseState state = CaseState.start(stored.audience());
        for (Answer a : stored.answers()) {
            state = state.answer(a.question(), a.answer());
        }
        state = state.collect(stored.collected() == null ? List.of() : stored.collected());
        if (stored.repairs() != null) {
            for (Map.Entry<String, String> e : stored.repairs().entrySet()) {
                state = state.repair(e.getKey(), e.getValue());
            }
        }
        int atRepair = stored.answersAtRepair() == null ? state.answers().size() : stored.answersAtRepair();
        return new CaseState(state.audience(), state.answers(), state.collected(), state.repairs(), atRepair);
    }

    static String writeChecks(SessionChecks checks) {
        return write(checks);
    }

    static SessionChecks readChecks(String json) {
        if (json == null || json.isBlank()) {
            return SessionChecks.NONE;
        }
        try {
            return MAPPER.readValue(json, SessionChecks.class);
        } catch (JsonProcessingException e) {
            return SessionChecks.NONE;
        }
    }

    private static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a session cannot be written as JSON: " + e.getOriginalMessage(), e);
        }
    }
}
