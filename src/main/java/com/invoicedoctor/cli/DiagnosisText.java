package com.invoicedoctor.cli;

import com.invoicedoctor.engine.Diagnosis;
import com.invoicedoctor.i18n.Messages;
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
                out.println(zh ? "   解决步骤：" : "   Solution steps:");
                int n = 1;
                for (Diagnosis.Step s : d.solutions()) {
                    out.printf("     %d) %s  %s%n", n++, s.text(), tags(s, lang));
                }
            }
        }
    }

    /** Who does the step, how long it takes and whether it is a workaround, in the reader's language and punctuation. */
    static String tags(Diagnosis.Step s, Lang lang) {
        String whoKey = "staff.who." + s.who();
        String who = Messages.all(lang).containsKey(whoKey) ? Messages.get(lang, whoKey) : s.who();
        String tags = who + (lang == Lang.zh ? "，" : ", ") + Messages.get(lang, "staff.case.step.minutes", s.minutes());
        if ("workaround".equals(s.kind())) {
            tags += (lang == Lang.zh ? "，" : ", ") + Messages.get(lang, "steps.workaround");
        }
        return lang == Lang.zh ? "（" + tags + "）" : "(" + tags + ")";
    }
}
