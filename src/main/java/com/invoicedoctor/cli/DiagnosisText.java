package com.invoicedoctor.cli;

import com.invoicedoctor.engine.Diagnosis;
import com.invoicedoctor.knowledge.Lang;
import java.io.PrintWriter;
import java.util.List;

/** Prints diagnoses as readable text for a terminal. */
final class DiagnosisText {
    private final PrintWriter out;

    DiagnosisText(PrintWriter out) {
        this.out = out;
    }

    void print(List<Diagnosis> diagnoses, Lang lang) {
        boolean zh = lang == Lang.zh;
        int rank = 1;
        for (Diagnosis d : diagnoses) {
            out.printf("%d. %s  [%s]  %.0f%%%n", rank++, d.title(), d.cause(), d.confidence() * 100);
            for (Diagnosis.Reason r : d.because()) {
                out.printf("     %s %s%n", r.ratio() > 1 ? "+" : "-", r.text());
            }
            if (rank == 2) {
                out.println(zh ? "   解决步骤:" : "   Solution steps:");
                int n = 1;
                for (Diagnosis.Step s : d.solutions()) {
                    out.printf("     %d) %s  (%s, ~%d min%s)%n", n++, s.text(), s.who(), s.minutes(),
                            "workaround".equals(s.kind()) ? (zh ? ", 临时办法" : ", workaround") : "");
                }
            }
        }
    }
}
