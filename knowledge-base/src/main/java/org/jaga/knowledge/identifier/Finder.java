package org.jaga.knowledge.identifier;

import java.util.List;

/** Finds one family of identifiers in a text. */
interface Finder {

    /** Adds every candidate found in {@code text} to {@code out}; never throws on odd input. */
    void find(ScanText text, ScanContext context, List<Candidate> out);
}
