package com.invoicedoctor.knowledge;

import java.nio.file.Path;

/** The text of one rule as written in its DRL file, for cross-checks against the knowledge base. */
public record RuleSource(Path file, int line, String name, String text) {
}
