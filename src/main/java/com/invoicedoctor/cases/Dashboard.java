package com.invoicedoctor.cases;

import com.invoicedoctor.db.Database;
import com.invoicedoctor.db.Sql;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The figures of the staff dashboard over the last days: cases per cause per day, the share confirmed by an agent,
 * top-1 accuracy on confirmed cases, questions asked and time to resolution. Aggregated here, in Java, so that the
 * SQL stays portable between H2 and PostgreSQL.
 */
public final class Dashboard {
    /** Causes drawn separately in the per-cause chart; the rest are "other". */
    static final int TOP_CAUSES = 6;
    /** Upper bounds of the time-to-resolution buckets (the last bucket is open). */
    public static final List<Duration> BUCKETS = List.of(Duration.ofMinutes(15), Duration.ofHours(1), Duration.ofHours(4),
            Duration.ofDays(1), Duration.ofDays(3));

    private final Database db;

    public Dashboard(Database db) {
        this.db = db;
    }

    /**
     * The dashboard's figures.
     *
     * @param perCause          cause id (or "other") to cases per day, aligned with {@code days}
     * @param accuracyPerDay    top-1 accuracy of the cases confirmed that day, NaN when none was
     * @param questionsPerDay   mean answers per case created that day, NaN when none was
     * @param resolution        cases per time-to-resolution bucket (see {@link #BUCKETS}, plus one open bucket)
     * @param medianResolution  median time to resolution, null when nothing was resolved
     */
    public record Stats(List<LocalDate> days, int total, int confirmed, int resolved, double shareConfirmed,
                        double accuracy, double meanQuestions, Duration medianResolution,
                        Map<String, int[]> perCause, double[] accuracyPerDay, double[] questionsPerDay, int[] resolution) {
    }

    /** Figures for the last {@code dayCount} days up to {@code today} (UTC). */
    public Stats stats(LocalDate today, int dayCount) {
        return stats(today, dayCount, ZoneOffset.UTC);
    }

    /** Figures for the last {@code dayCount} days up to {@code today}, days counted in this time zone. */
    public Stats stats(LocalDate today, int dayCount, ZoneId zone) {
        LocalDate first = today.minusDays(dayCount - 1L);
        List<LocalDate> days = new ArrayList<>();
        for (int i = 0; i < dayCount; i++) {
            days.add(first.plusDays(i));
        }
        List<Row> rows = rows(first.atStartOfDay(zone).toInstant());
        Map<String, int[]> all = new LinkedHashMap<>();
        int[] created = new int[dayCount];
        int[] answers = new int[dayCount];
        int[] confirmedOn = new int[dayCount];
        int[] rightOn = new int[dayCount];
        int confirmed = 0;
        int right = 0;
        int questions = 0;
        List<Duration> resolutions = new ArrayList<>();
        for (Row r : rows) {
            int day = index(first, r.created(), dayCount, zone);
            String cause = r.confirmed() != null ? r.confirmed() : r.top() != null ? r.top() : "none";
            all.computeIfAbsent(cause, k -> new int[dayCount])[day]++;
            created[day]++;
            answers[day] += r.questions();
            questions += r.questions();
            if (r.confirmed() != null) {
                confirmed++;
                boolean hit = r.confirmed().equals(r.diagnosed());
                right += hit ? 1 : 0;
                int on = index(first, r.confirmedAt() == null ? r.created() : r.confirmedAt(), dayCount, zone);
                confirmedOn[on]++;
                rightOn[on] += hit ? 1 : 0;
            }
            if (r.resolved() != null) {
                resolutions.add(Duration.between(r.created(), r.resolved()));
            }
        }
        double[] accuracyPerDay = new double[dayCount];
        double[] questionsPerDay = new double[dayCount];
        for (int i = 0; i < dayCount; i++) {
            accuracyPerDay[i] = confirmedOn[i] == 0 ? Double.NaN : (double) rightOn[i] / confirmedOn[i];
            questionsPerDay[i] = created[i] == 0 ? Double.NaN : (double) answers[i] / created[i];
        }
        resolutions.sort(Comparator.naturalOrder());
        int total = rows.size();
        return new Stats(days, total, confirmed, resolutions.size(), total == 0 ? 0 : (double) confirmed / total,
                confirmed == 0 ? Double.NaN : (double) right / confirmed, total == 0 ? 0 : (double) questions / total,
                resolutions.isEmpty() ? null : resolutions.get(resolutions.size() / 2), top(all, dayCount),
                accuracyPerDay, questionsPerDay, buckets(resolutions));
    }

    private static Map<String, int[]> top(Map<String, int[]> all, int dayCount) {
        List<Map.Entry<String, int[]>> sorted = new ArrayList<>(all.entrySet());
        sorted.sort((a, b) -> Integer.compare(sum(b.getValue()), sum(a.getValue())));
        Map<String, int[]> top = new LinkedHashMap<>();
        int[] other = new int[dayCount];
        for (int i = 0; i < sorted.size(); i++) {
            if (i < TOP_CAUSES) {
                top.put(sorted.get(i).getKey(), sorted.get(i).getValue());
            } else {
                for (int d = 0; d < dayCount; d++) {
                    other[d] += sorted.get(i).getValue()[d];
                }
            }
        }
        if (sum(other) > 0) {
            top.put("other", other);
        }
        return top;
    }

    private static int[] buckets(List<Duration> resolutions) {
        int[] counts = new int[BUCKETS.size() + 1];
        for (Duration d : resolutions) {
            int i = 0;
            while (i < BUCKETS.size() && d.compareTo(BUCKETS.get(i)) >= 0) {
                i++;
            }
            counts[i]++;
        }
        return counts;
    }

    private static int index(LocalDate first, Instant at, int dayCount, ZoneId zone) {
        long day = java.time.temporal.ChronoUnit.DAYS.between(first, at.atZone(zone).toLocalDate());
        return (int) Math.max(0, Math.min(dayCount - 1, day));
    }

    static int sum(int[] values) {
        int s = 0;
        for (int v : values) {
            s += v;
        }
        return s;
    }

    private List<Row> rows(Instant since) {
        return db.with(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT created_at, resolved_at, confirmed_at, top_cause, "
                    + "confirmed_cause, diagnosed_cause, questions FROM cases WHERE created_at >= ? AND " + CaseFilter.WORTH_LISTING)) {
                Sql.bind(ps, since);
                List<Row> rows = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rows.add(new Row(Sql.instant(rs, "created_at"), Sql.instant(rs, "resolved_at"),
                                Sql.instant(rs, "confirmed_at"), rs.getString("top_cause"), rs.getString("confirmed_cause"),
                                rs.getString("diagnosed_cause"), rs.getInt("questions")));
                    }
                }
                return rows;
            }
        });
    }

    private record Row(Instant created, Instant resolved, Instant confirmedAt, String top, String confirmed,
                       String diagnosed, int questions) {
    }
}
