package com.invoicedoctor.bench;

import java.util.List;

/** Expected calibration error of the top diagnosis' confidence, over ten equal-width bins. */
public final class Calibration {
    static final int BINS = 10;

    private Calibration() {
    }

    /** Σ over bins of (cases in bin / all cases) × |accuracy in bin − mean confidence in bin|. */
    static double ece(List<CaseResult> results) {
        Bins bins = Bins.of(results);
        double ece = 0;
        for (int b = 0; b < BINS; b++) {
            if (bins.count[b] > 0) {
                ece += (double) bins.count[b] / results.size()
                        * Math.abs(bins.correct[b] / bins.count[b] - bins.confidence[b] / bins.count[b]);
            }
        }
        return ece;
    }

    /** The interviews sorted into ten equal-width bins of the top diagnosis' confidence: what both figures are made of. */
    private record Bins(double[] confidence, double[] correct, int[] count) {
        static Bins of(List<CaseResult> results) {
            Bins bins = new Bins(new double[BINS], new double[BINS], new int[BINS]);
            for (CaseResult r : results) {
                int bin = Math.min(BINS - 1, (int) (r.topConfidence() * BINS));
                bins.confidence[bin] += r.topConfidence();
                bins.correct[bin] += r.top1() ? 1 : 0;
                bins.count[bin]++;
            }
            return bins;
        }
    }

    /** One band of the reliability table: how many interviews ended there, the mean confidence, the share right. */
    public record Band(String band, int n, double meanConfidence, double right) {
    }

    /** The reliability table: the bands of ten that hold any interview, lowest first. */
    static List<Band> reliability(List<CaseResult> results) {
        Bins bins = Bins.of(results);
        List<Band> bands = new java.util.ArrayList<>();
        for (int b = 0; b < BINS; b++) {
            if (bins.count[b] > 0) {
                bands.add(new Band(String.format("%.1f-%.1f", (double) b / BINS, (double) (b + 1) / BINS), bins.count[b],
                        Math.round(bins.confidence[b] / bins.count[b] * 1000) / 1000.0,
                        Math.round(bins.correct[b] / bins.count[b] * 1000) / 1000.0));
            }
        }
        return bands;
    }
}
