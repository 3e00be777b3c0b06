package com.invoicedoctor.staff;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Small charts drawn on the server as SVG: no script, no library, readable without colour (each chart has a title
 * and a text summary for screen readers). Every text put into a chart is escaped.
 */
final class SvgCharts {
    static final List<String> COLOURS = List.of("#0f6e6e", "#c26b1a", "#4c6fbf", "#9b3d8a", "#5b8a2d", "#b3261e", "#8a8f98");
    private static final int W = 640;
    private static final int H = 220;
    private static final int LEFT = 40;
    private static final int BOTTOM = 28;
    private static final int TOP = 12;

    private SvgCharts() {
    }

    /** Stacked bars: one bar per label, one colour per series. */
    static String stackedBars(String title, List<String> labels, Map<String, int[]> series, Map<String, String> names) {
        int n = labels.size();
        int max = 1;
        for (int i = 0; i < n; i++) {
            int total = 0;
            for (int[] values : series.values()) {
                total += values[i];
            }
            max = Math.max(max, total);
        }
        max = (int) whole(max);
        StringBuilder svg = open(title);
        axis(svg, max, false);
        double slot = (double) (W - LEFT - 8) / Math.max(1, n);
        for (int i = 0; i < n; i++) {
            double y = H - BOTTOM;
            int colour = 0;
            for (Map.Entry<String, int[]> s : series.entrySet()) {
                int v = s.getValue()[i];
                double h = (H - BOTTOM - TOP) * (double) v / max;
                if (v > 0) {
                    y -= h;
                    svg.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\">"
                                    + "<title>%s · %s: %d</title></rect>", LEFT + i * slot + 1, y, Math.max(1, slot - 2), h,
                            COLOURS.get(colour % COLOURS.size()), esc(labels.get(i)), esc(names.getOrDefault(s.getKey(), s.getKey())), v));
                }
                colour++;
            }
        }
        labels(svg, labels, slot);
        return svg.append("</svg>").toString();
    }

    /** A line over labels; NaN values leave a gap. Values are fractions when {@code percent}. */
    static String line(String title, List<String> labels, double[] values, boolean percent) {
        double max = 1;
        for (double v : values) {
            if (!Double.isNaN(v)) {
                max = Math.max(max, v);
            }
        }
        if (percent) {
            max = 1;
        } else {
            max = whole(max);
        }
        StringBuilder svg = open(title);
        axis(svg, max, percent);
        double slot = (double) (W - LEFT - 8) / Math.max(1, labels.size());
        StringBuilder path = new StringBuilder();
        boolean pen = false;
        for (int i = 0; i < values.length; i++) {
            if (Double.isNaN(values[i])) {
                pen = false;
                continue;
            }
            double x = LEFT + i * slot + slot / 2;
            double y = H - BOTTOM - (H - BOTTOM - TOP) * values[i] / max;
            path.append(pen ? " L" : " M").append(String.format(Locale.ROOT, "%.1f %.1f", x, y));
            svg.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3\" fill=\"%s\"><title>%s: %s</title></circle>",
                    x, y, COLOURS.get(0), esc(labels.get(i)), percent ? pct(values[i]) : String.format(Locale.ROOT, "%.1f", values[i])));
            pen = true;
        }
        if (path.length() > 0) {
            svg.append("<path d=\"").append(path.toString().trim()).append("\" fill=\"none\" stroke=\"").append(COLOURS.get(0))
                    .append("\" stroke-width=\"2\"/>");
        }
        labels(svg, labels, slot);
        return svg.append("</svg>").toString();
    }

    /** Plain bars, one per label. */
    static String bars(String title, List<String> labels, int[] values) {
        int max = 1;
        for (int v : values) {
            max = Math.max(max, v);
        }
        max = (int) whole(max);
        StringBuilder svg = open(title);
        axis(svg, max, false);
        double slot = (double) (W - LEFT - 8) / Math.max(1, labels.size());
        for (int i = 0; i < values.length; i++) {
            double h = (H - BOTTOM - TOP) * (double) values[i] / max;
            svg.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\">"
                            + "<title>%s: %d</title></rect>", LEFT + i * slot + slot * 0.15, H - BOTTOM - h, slot * 0.7, h,
                    COLOURS.get(2), esc(labels.get(i)), values[i]));
        }
        labels(svg, labels, slot);
        return svg.append("</svg>").toString();
    }

    /** The axis top for counts: a multiple of 4 (at least 4), so that the four grid steps are whole numbers. */
    static double whole(double max) {
        return Math.max(4, Math.ceil(max / 4) * 4);
    }

    static String pct(double fraction) {
        return Double.isNaN(fraction) ? "–" : Math.round(fraction * 100) + "%";
    }

    /** Escapes text for SVG/XML content and attributes. */
    static String esc(String text) {
        if (text == null) {
            return "";
        }
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
    }

    private static StringBuilder open(String title) {
        return new StringBuilder(String.format(Locale.ROOT, "<svg class=\"chart\" viewBox=\"0 0 %d %d\" role=\"img\" "
                + "aria-label=\"%s\" xmlns=\"http://www.w3.org/2000/svg\"><title>%s</title>", W, H, esc(title), esc(title)));
    }

    private static void axis(StringBuilder svg, double max, boolean percent) {
        for (int i = 0; i <= 4; i++) {
            double y = H - BOTTOM - (H - BOTTOM - TOP) * i / 4.0;
            double value = max * i / 4.0;
            String label = percent ? pct(value) : String.valueOf(Math.round(value));
            svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#dfe4e8\"/>"
                    + "<text x=\"%d\" y=\"%.1f\" font-size=\"10\" text-anchor=\"end\" fill=\"#56616e\">%s</text>",
                    LEFT, y, W - 8, y, LEFT - 4, y + 3, label));
        }
    }

    private static void labels(StringBuilder svg, List<String> labels, double slot) {
        int every = Math.max(1, (int) Math.ceil(labels.size() / 10.0));
        for (int i = 0; i < labels.size(); i += every) {
            svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" font-size=\"10\" text-anchor=\"middle\" fill=\"#56616e\">%s</text>",
                    LEFT + i * slot + slot / 2, H - 10, esc(labels.get(i))));
        }
    }
}
