package org.jaga.knowledge.identifier;

/**
 * An identifier proposed by one finder. Candidates of one group were found together (a wa.me
 * link and the phone number in it) and may overlap each other; lower {@code rank} wins over
 * higher when candidates of different groups overlap.
 */
record Candidate(Identifier identifier, int group, int rank) {}
