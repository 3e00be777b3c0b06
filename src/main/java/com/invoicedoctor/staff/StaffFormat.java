package com.invoicedoctor.staff;

import com.invoicedoctor.cases.LiveKnowledge;
import com.invoicedoctor.knowledge.Lang;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Formatting for the staff templates (as ${fmt}): times in UTC, percentages, cause titles in the page's language. */
public final class StaffFormat {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter SECOND = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

    private final LiveKnowledge live;
    private final Lang lang;

    StaffFormat(LiveKnowledge live, Lang lang) {
        this.live = live;
        this.lang = lang;
    }

    /** A time as "2026-11-26 08:15" (UTC); a dash when absent. */
    public String time(Instant t) {
        return t == null ? "–" : TIME.format(t);
    }

    /** A time to the second, as "2026-11-26 08:15:07" (UTC); a dash when absent. */
    public String second(Instant t) {
        return t == null ? "–" : SECOND.format(t);
    }

    /** A fraction as a whole percentage; a dash when absent. */
    public String pct(Double fraction) {
        return fraction == null ? "–" : SvgCharts.pct(fraction);
    }

    /** A cause's title in the page's language, or the id when the knowledge base has no such cause. */
    public String cause(String id) {
        if (id == null) {
            return "–";
        }
        return live == null ? id : live.get().kb().cause(id).map(c -> c.title().in(lang)).orElse(id);
    }
}
