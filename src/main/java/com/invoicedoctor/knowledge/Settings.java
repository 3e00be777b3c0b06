package com.invoicedoctor.knowledge;

/** Knowledge-base-wide settings from kb.yaml. */
public record Settings(String version, double stopThreshold, double temperature) {
}
