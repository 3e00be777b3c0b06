package com.invoicedoctor.pages;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.ContentType;
import io.javalin.http.Context;
import java.io.UncheckedIOException;

/**
 * Writes a JSON answer as UTF-8 bytes straight from the mapper. The session and diagnosis shapes are 10–25 KB,
 * mostly Chinese text; {@code ctx.json} would build each as a string and then encode it, three copies per request
 * and most of an answer step's garbage.
 */
public final class JsonReply {
    private JsonReply() {
    }

    public static void send(Context ctx, ObjectMapper mapper, Object body) {
        byte[] bytes;
        try {
            bytes = mapper.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
        ctx.contentType(ContentType.APPLICATION_JSON).result(bytes);
    }
}
