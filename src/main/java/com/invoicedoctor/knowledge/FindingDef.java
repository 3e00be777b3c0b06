package com.invoicedoctor.knowledge;

import java.io.Serializable;
/** An intermediate conclusion that rules derive and other rules use. */
public record FindingDef(String id, Text title) implements Serializable {
}
