package com.invoicedoctor.probe;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.xml.sax.helpers.DefaultHandler;

/** Whether a body is empty, or does not parse as the type its Content-Type declares (JSON, XML). */
final class BodyCheck {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** normal, empty or unparseable, and why. */
    record Verdict(String value, String reason) {
    }

    private BodyCheck() {
    }

    static Verdict judge(String contentType, byte[] body) {
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        String text = new String(body, charset(type)).strip();
        if (text.isEmpty()) {
            return new Verdict("empty", body.length == 0 ? "no body" : "a body of " + body.length + " blank bytes");
        }
        if (type.contains("json")) {
            return parsesAsJson(text) ? ok("JSON") : new Verdict("unparseable", "declared " + contentType + " but is not JSON: " + start(text));
        }
        if (type.contains("xml")) {
            return parsesAsXml(body) ? ok("XML") : new Verdict("unparseable", "declared " + contentType + " but is not well-formed XML: " + start(text));
        }
        if (type.isEmpty() && (text.startsWith("{") || text.startsWith("["))) {
            return parsesAsJson(text) ? ok("JSON (undeclared)") : new Verdict("unparseable", "looks like JSON but does not parse: " + start(text));
        }
        return ok(type.isEmpty() ? "undeclared type" : contentType);
    }

    /**
     * What kind of content came back, for a body that is not empty: data (JSON or XML declared as such or not
     * declared), page (an HTML page, whatever it is declared as), mislabelled (JSON or XML declared as something
     * else, e.g. text/html, which clients that go by the Content-Type refuse) or other.
     */
    static java.util.Optional<String> kind(String contentType, byte[] body) {
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        String text = new String(body, charset(type)).strip();
        if (text.isEmpty()) {
            return java.util.Optional.empty();
        }
        String lower = text.substring(0, Math.min(text.length(), 200)).toLowerCase(Locale.ROOT);
        if (lower.startsWith("<!doctype html") || lower.startsWith("<html") || lower.contains("<html") && lower.startsWith("<")) {
            return java.util.Optional.of("page");
        }
        boolean json = (text.startsWith("{") || text.startsWith("[")) && parsesAsJson(text);
        boolean xml = !json && text.startsWith("<") && parsesAsXml(body);
        if (!json && !xml) {
            return java.util.Optional.of("other");
        }
        boolean declaredData = type.isEmpty() || type.contains("json") || type.contains("xml");
        return java.util.Optional.of(declaredData ? "data" : "mislabelled");
    }

    private static Verdict ok(String what) {
        return new Verdict("normal", what);
    }

    private static boolean parsesAsJson(String text) {
        try {
            JSON.readTree(text);
            return true;
        } catch (Exception e) {
            return false;
        }
    }

    private static boolean parsesAsXml(byte[] body) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(new DefaultHandler());
            builder.parse(new ByteArrayInputStream(body));
            return true;
        } catch (Exception e) {
            return false;
        }
    }

    private static Charset charset(String type) {
        int at = type.indexOf("charset=");
        if (at >= 0) {
            try {
                return Charset.forName(type.substring(at + 8).split("[;\\s]")[0].replace("\"", ""));
            } catch (RuntimeException e) {
                return StandardCharsets.UTF_8;
            }
        }
        return StandardCharsets.UTF_8;
    }

    private static String start(String text) {
        String oneLine = text.replaceAll("\\s+", " ");
        return "\"" + (oneLine.length() > 60 ? oneLine.substring(0, 60) + "…" : oneLine) + "\"";
    }
}
