package org.jaga.knowledge.redflag;

/**
 * The part a red flag plays in a trafficking lure. Flags from several dimensions together are
 * far more alarming than many flags of one: a scam role, high pay, a paid flight and a compound
 * area describe the whole pattern.
 */
public enum RiskDimension {
    /** Pay and perks too good to be true. */
    LURE,
    /** A bar so low anyone qualifies: no experience, typing only, scam-typical roles. */
    LOW_BAR,
    /** Getting the person across a border: paid tickets, tourist visas, overland routes. */
    MOVE,
    /** Destinations and transit points where compounds are. */
    PLACE,
    /** Taking away documents, money, contracts or the freedom to talk. */
    CONTROL,
    /** How the recruiter reaches and hurries the person. */
    CHANNEL
}
