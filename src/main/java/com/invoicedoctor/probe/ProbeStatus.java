package com.invoicedoctor.probe;

/** How a probe came out: fine, worth a look, failed, no answer in time, or not tried because an earlier step failed. */
public enum ProbeStatus { ok, warn, fail, timeout, skipped }
