package com.invoicedoctor.knowledge;

/**
 * How the statistical reading of error texts is used (knowledge-base/error-classifier/classifier.yaml), written by
 * the command that trains it ({@code train-reader}).
 *
 * @param model       the model file beside this one (an OpenNLP document-categorizer model)
 * @param threshold   the least probability of the best cause for it to count; below it the classifier abstains
 * @param trainedOn   what it was trained on (the development part of the corpus, never the test part)
 * @param crossValidated what cross-validation by source measured at that threshold, for people to read
 */
public record ClassifierSettings(String model, double threshold, String trainedOn, String crossValidated) {
}
