package org.jaga.core.triage;

/** What a signal says about the person's situation; its name is the signal's code. */
enum Concept {
    CONFINEMENT,
    PASSPORT_TAKEN,
    VIOLENCE_OR_THREAT,
    DEBT_OR_RANSOM,
    FORCED_SCAMMING,
    NOT_AS_PROMISED,
    CANNOT_TALK,
    PLEA_FOR_HELP,
    RELATIVE_ABROAD,
    COMPOUND_LOCATION,
    COVERT_PHRASE;

    /** @return whether a question or a hypothetical around it leaves the signal standing */
    boolean survivesQuestions() {
        return this == PLEA_FOR_HELP || this == CANNOT_TALK || this == COMPOUND_LOCATION || this == RELATIVE_ABROAD;
    }
}
