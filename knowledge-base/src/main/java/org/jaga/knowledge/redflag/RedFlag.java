package org.jaga.knowledge.redflag;

import java.util.Objects;

/**
 * One indicator of recruitment into forced criminality.
 *
 * @param code stable upper-case code, the key of its title and explanation
 * @param group the family it is shown in
 * @param weight how much it adds to the risk score on its own, 1 to 40
 * @param dimension the part it plays in the lure, for scoring combinations
 * @param negatable whether a preceding negation ("no fee", "we never keep passports") cancels it
 */
public record RedFlag(String code, FlagGroup group, int weight, RiskDimension dimension, boolean negatable) {
    public RedFlag {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(dimension, "dimension");
        if (code == null || !code.matches("[A-Z][A-Z_]+")) {
            throw new IllegalArgumentException("bad red flag code: " + code);
        }
        if (weight < 1 || weight > 40) {
            throw new IllegalArgumentException("weight out of range for " + code + ": " + weight);
        }
    }
}
