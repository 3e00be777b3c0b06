package com.invoicedoctor.knowledge;

/** An intermediate conclusion that rules derive and other rules use. */
public record FindingDef(String id, Text title) {
}
