package com.invoicedoctor.cases;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.invoicedoctor.interview.CaseState;
import java.util.LinkedHashMap;
import java.util.Map;

/** The JSON kept in text columns: learned counts and the frozen state of a confirmed case. */
final class Json {
    static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private Json() {
    }

    static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON: " + e.getOriginalMessage(), e);
        }
    }

    static Map<String, Integer> counts(String json) {
        try {
            return json == null || json.isBlank() ? Map.of()
                    : MAPPER.readValue(json, new TypeReference<LinkedHashMap<String, Integer>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored prior counts cannot be read: " + e.getOriginalMessage(), e);
        }
    }

    static CaseState state(String json) {
        try {
            return MAPPER.readValue(json, CaseState.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a confirmed case's stored state cannot be read: " + e.getOriginalMessage(), e);
        }
    }
}
