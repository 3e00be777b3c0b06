package com.invoicedoctor.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.invoicedoctor.pages.BadRequestException;
import com.invoicedoctor.pages.JsonErrors;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** A request's JSON object body, with typed access that reports what is wrong as a 400. */
final class JsonBody {
    private final ObjectNode root;
    private final ObjectMapper mapper;

    private JsonBody(ObjectNode root, ObjectMapper mapper) {
        this.root = root;
        this.mapper = mapper;
    }

    /** Parses the body; an empty body is an empty object. */
    static JsonBody of(Context ctx, ObjectMapper mapper) {
        byte[] bytes = ctx.bodyAsBytes();
        if (bytes.length == 0) {
            return new JsonBody(JsonNodeFactory.instance.objectNode(), mapper);
        }
        JsonNode node;
        try {
            node = mapper.readTree(bytes);
        } catch (JsonProcessingException e) {
            throw new BadRequestException(JsonErrors.describe(e));
        } catch (IOException e) {
            throw new BadRequestException("the body cannot be read; send it again");
        }
        if (node == null || node.isMissingNode()) {
            return new JsonBody(JsonNodeFactory.instance.objectNode(), mapper);
        }
        if (!(node instanceof ObjectNode object)) {
            throw new BadRequestException("the body must be a JSON object, not " + node.getNodeType().name().toLowerCase());
        }
        return new JsonBody(object, mapper);
    }

    boolean has(String field) {
        return root.hasNonNull(field);
    }

    /** A text field, if present. */
    Optional<String> text(String field) {
        JsonNode n = root.get(field);
        if (n == null || n.isNull()) {
            return Optional.empty();
        }
        if (!n.isTextual()) {
            throw new BadRequestException("\"" + field + "\" must be a string");
        }
        return Optional.of(n.asText());
    }

    /** A text field that must be present. */
    String required(String field) {
        return text(field).orElseThrow(() -> new BadRequestException("\"" + field + "\" is required"));
    }

    /** An answer-like value: a string, a number or a boolean (true is "yes"), as text. */
    String value(String field) {
        JsonNode n = root.get(field);
        if (n == null || n.isNull()) {
            throw new BadRequestException("\"" + field + "\" is required");
        }
        if (n.isTextual()) {
            return n.asText().trim();
        }
        if (n.isNumber()) {
            return n.numberValue().toString();
        }
        if (n.isBoolean()) {
            return n.asBoolean() ? "yes" : "no";
        }
        throw new BadRequestException("\"" + field + "\" must be a string, a number or a boolean");
    }

    /** A JSON object field as a map, if present. */
    Optional<Map<String, Object>> object(String field) {
        JsonNode n = root.get(field);
        if (n == null || n.isNull()) {
            return Optional.empty();
        }
        if (!n.isObject()) {
            throw new BadRequestException("\"" + field + "\" must be a JSON object");
        }
        return Optional.of(mapper.convertValue(n, new TypeReference<LinkedHashMap<String, Object>>() { }));
    }

    /** A whole-number field, if present. */
    Optional<Long> integer(String field) {
        JsonNode n = root.get(field);
        if (n == null || n.isNull()) {
            return Optional.empty();
        }
        if (!n.isIntegralNumber() || !n.canConvertToLong()) {
            throw new BadRequestException("\"" + field + "\" must be a whole number");
        }
        return Optional.of(n.asLong());
    }

    /** A boolean field, if present. */
    Optional<Boolean> bool(String field) {
        JsonNode n = root.get(field);
        if (n == null || n.isNull()) {
            return Optional.empty();
        }
        if (!n.isBoolean()) {
            throw new BadRequestException("\"" + field + "\" must be true or false");
        }
        return Optional.of(n.asBoolean());
    }
}
