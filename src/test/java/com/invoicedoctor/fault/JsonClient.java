package com.invoicedoctor.fault;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/** A blocking JSON client of one server: one call, its status and its body. */
final class JsonClient {
    static final ObjectMapper JSON = new ObjectMapper();

    /** One reply; {@code json} is null when the body is not JSON. */
    record Reply(int status, JsonNode json) {
    }

    private final String base;

    JsonClient(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    Reply get(String path) throws IOException {
        return send("GET", path, null);
    }

    Reply post(String path, Object body) throws IOException {
        return send("POST", path, JSON.writeValueAsBytes(body));
    }

    private Reply send(String method, String path, byte[] body) throws IOException {
        HttpURLConnection c = (HttpURLConnection) URI.create(base + path).toURL().openConnection();
        c.setRequestMethod(method);
        c.setConnectTimeout(5_000);
        c.setReadTimeout(20_000);
        if (body != null) {
            c.setDoOutput(true);
            c.setRequestProperty("Content-Type", "application/json");
            try (OutputStream out = c.getOutputStream()) {
                out.write(body);
            }
        }
        int status = c.getResponseCode();
        try (InputStream in = status >= 400 ? c.getErrorStream() : c.getInputStream()) {
            String text = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
            JsonNode json;
            try {
                json = text.isEmpty() ? null : JSON.readTree(text);
            } catch (IOException e) {
                json = null;
            }
            return new Reply(status, json);
        }
    }
}
