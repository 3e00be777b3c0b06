package com.invoicedoctor.staff;

import com.invoicedoctor.knowledge.live.LiveKnowledge;
import com.invoicedoctor.knowledge.Lang;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Formatting for the staff templates (as ${fmt}): times in the helpdesk's time zone (a setting of serve), percentages,
 * cause titles in the page's language.
 */
public final class StaffFormat {
    private final LiveKnowledge live;
    private final Lang lang;
    private final ZoneId zone;
    private final DateTimeFormatter minute;
    private final DateTimeFormatter second;

    StaffFormat(LiveKnowledge live, Lang lang, ZoneId zone) {
        this.live = live;
        this.lang = lang;
        this.zone = zone;
        this.minute = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(zone);
        this.second = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(zone);
    }

    /** A time as "2026-11-26 16:15" in the helpdesk's zone; a dash when absent. */
    public String time(Instant t) {
        return t == null ? "–" : minute.format(t);
    }

    /** A time to the second, as "2026-11-26 16:15:07" in the helpdesk's zone; a dash when absent. */
    public String second(Instant t) {
        return t == null ? "–" : second.format(t);
    }

    /** The zone times are shown in, as "Asia/Shanghai (UTC+08:00)". */
    public String zone() {
        String offset = zone.getRules().getOffset(Instant.now()).getId();
        return zone.getId() + " (UTC" + ("Z".equals(offset) ? "" : offset) + ")";
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
