package com.invoicedoctor.pages;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What is wrong with a JSON body, in words a client can act on (the parser's own messages name its classes). */
public final class JsonErrors {
    private static final Pattern CHARACTER = Pattern.compile("^Unexpected character \\('(.{1,2})' \\(code (\\d+)\\)");

    private JsonErrors() {
    }

    /** "the body is not valid JSON at line 1, column 7: …" */
    public static String describe(JsonProcessingException e) {
        String where = e.getLocation() == null ? ""
                : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
        return "the body is not valid JSON" + where + ": " + what(e);
    }

    private static String what(JsonProcessingException e) {
        String message = String.valueOf(e.getOriginalMessage());
        if (e instanceof StreamConstraintsException) {
            return "it nests too deep, or a number or a text in it is too long";
        }
        if (e instanceof JsonEOFException || message.startsWith("Unexpected end-of-input")) {
            return "it ends before the value is complete";
        }
        if (e instanceof MismatchedInputException && message.startsWith("Trailing token")) {
            return "there is more after the JSON value; send one object";
        }
        if (message.contains("Invalid UTF-8") || message.contains("Invalid UTF-32") || message.contains("Invalid UTF-16")) {
            return "it is not valid UTF-8";
        }
        Matcher m = CHARACTER.matcher(message);
        if (m.find()) {
            int code = Integer.parseInt(m.group(2));
            return "unexpected character " + (code < 32 || code == 127 ? "(code " + code + ")" : "'" + m.group(1) + "'");
        }
        if (message.startsWith("Unrecognized token")) {
            return "a word that is not true, false or null; put text in double quotes";
        }
        return "it is not well-formed";
    }
}
