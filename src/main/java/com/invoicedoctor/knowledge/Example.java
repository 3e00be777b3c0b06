package com.invoicedoctor.knowledge;

import java.io.Serializable;
/**
 * A case as a person told it, with the cause a support engineer found: what the resemblance layer learns wordings
 * from, beside the causes' own texts and the scenarios' stories.
 *
 * @param id    where it came from (a spent evaluation story's id, a closed case's code)
 * @param cause the cause it turned out to be
 * @param lang  the language it was told in
 * @param text  the person's words
 */
public record Example(String id, String cause, Lang lang, String text) implements Serializable {
}
