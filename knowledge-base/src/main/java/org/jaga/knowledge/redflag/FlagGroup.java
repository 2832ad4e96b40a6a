package org.jaga.knowledge.redflag;

/** The families the red flags are grouped in, as shown to users. */
public enum FlagGroup {
    PAY_AND_OFFER,
    EMPLOYER_AND_RECRUITER,
    TRAVEL_VISA_ROUTE,
    COMMUNICATION,
    DOCUMENTS,
    PLACES
}
