package org.jaga.knowledge.advice;

import org.jaga.knowledge.language.Language;

/**
 * One advisory id in a ranked list from one retriever.
 *
 * @param id the advisory id
 * @param rank 1 for the best
 * @param score the retriever's own score (BM25 or cosine), not comparable across retrievers
 * @param language the language of the document that matched
 */
record Ranked(String id, int rank, double score, Language language) {}
