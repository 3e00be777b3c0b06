package com.invoicedoctor.bench;

import java.util.List;

/** Expected calibration error of the top diagnosis' confidence, over ten equal-width bins. */
final class Calibration {
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
}
