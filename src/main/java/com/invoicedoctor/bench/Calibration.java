package com.invoicedoctor.bench;

import java.util.List;

/** Expected calibration error of the top diagnosis' confidence, over ten equal-width bins. */
public final class Calibration {
    static final int BINS = 10;

    private Calibration() {
    }

    /** Σ over bins of (cases in bin / all cases) × |accuracy in bin − mean confidence in bin|. */
    static double ece(List<CaseResult> results) {
        double[] confidence = new double[BINS];
        double[] correct = new double[BINS];
        int[] count = new int[BINS];
        for (CaseResult r : results) {
            int bin = Math.min(BINS - 1, (int) (r.topConfidence() * BINS));
            confidence[bin] += r.topConfidence();
            correct[bin] += r.top1() ? 1 : 0;
            count[bin]++;
        }
        double ece = 0;
        for (int b = 0; b < BINS; b++) {
            if (count[b] > 0) {
                ece += (double) count[b] / results.size() * Math.abs(correct[b] / count[b] - confidence[b] / count[b]);
            }
        }
        return ece;
    }

    /** One band of the reliability table: how many interviews ended there, the mean confidence, the share right. */
    public record Band(String band, int n, double meanConfidence, double right) {
    }

    /** The reliability table: the bands of ten that hold any interview, lowest first. */
    static List<Band> reliability(List<CaseResult> results) {
        double[] confidence = new double[BINS];
        int[] correct = new int[BINS];
        int[] count = new int[BINS];
        for (CaseResult r : results) {
            int bin = Math.min(BINS - 1, (int) (r.topConfidence() * BINS));
            confidence[bin] += r.topConfidence();
            correct[bin] += r.top1() ? 1 : 0;
            count[bin]++;
        }
        List<Band> bands = new java.util.ArrayList<>();
        for (int b = 0; b < BINS; b++) {
            if (count[b] > 0) {
                bands.add(new Band(String.format("%.1f-%.1f", (double) b / BINS, (double) (b + 1) / BINS), count[b],
                        Math.round(confidence[b] / count[b] * 1000) / 1000.0,
                        Math.round((double) correct[b] / count[b] * 1000) / 1000.0));
            }
        }
        return bands;
    }
}
