package com.invoicedoctor.probe;

import static com.invoicedoctor.probe.Measured.fact;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** Compares this machine's clock with the Date header of the endpoint's answer. */
final class ClockCheck {
    static final String NAME = "clock";

    private ClockCheck() {
    }

    static Measured<Void> judge(HttpProbe.Answer answer) {
        if (answer == null || answer.localMillisAtFirstByte() < 0) {
            return Measured.of(null, ProbeResult.skipped(NAME, "not measured: no answer from the endpoint"));
        }
        String date = answer.response().header("date");
        if (date == null) {
            return Measured.of(null, ProbeResult.skipped(NAME, "not measured: the answer has no Date header"));
        }
        Instant server;
        try {
            server = ZonedDateTime.parse(date, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            return Measured.of(null, ProbeResult.skipped(NAME, "not measured: unreadable Date header \"" + date + "\""));
        }
        Instant local = Instant.ofEpochMilli(answer.localMillisAtFirstByte());
        // Date has whole seconds, so a skew of ±1 s is noise
        long skew = Math.round((local.toEpochMilli() - server.toEpochMilli()) / 1000.0);
        long size = Math.abs(skew);
        String detail = "this machine's clock is " + (skew == 0 ? "in step with" : size + " s " + (skew > 0 ? "ahead of" : "behind"))
                + " the server (Date: " + date + ", local " + local + ")";
        ProbeStatus status = size >= Thresholds.CLOCK_SKEW_BAD_SECONDS ? ProbeStatus.fail
                : size >= Thresholds.CLOCK_SKEW_WARN_SECONDS ? ProbeStatus.warn : ProbeStatus.ok;
        return Measured.of(null, new ProbeResult(NAME, status, detail, 0), fact("clock.skew.seconds", skew, detail));
    }
}
