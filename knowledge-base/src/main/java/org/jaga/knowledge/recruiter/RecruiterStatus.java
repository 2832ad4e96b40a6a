package org.jaga.knowledge.recruiter;

/** What the knowledge base knows about a recruiter identifier, strongest first. */
public enum RecruiterStatus {
    /** Named as a scam or trafficking recruiter by a government, court or major news report. */
    KNOWN_SCAM,
    /** A recruitment licence that a licensing authority revoked or cancelled. */
    REVOKED_LICENCE,
    /** A recruitment agency holding a licence according to the licensing authority. */
    LICENSED_AGENCY,
    /** Reported by users, not yet confirmed by a moderator. */
    REPORTED_UNVERIFIED
}
