package org.jaga.knowledge.check;

/** How risky a job offer looks. */
public enum Verdict {
    /** Several red flags together describe the recruitment pattern of scam compounds. */
    HIGH_RISK,
    /** Warning signs worth checking before going any further. */
    SUSPICIOUS,
    /** No known warning sign found: not a guarantee that the offer is genuine. */
    NO_KNOWN_RISK
}
