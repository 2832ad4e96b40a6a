package org.jaga.knowledge.check;

import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import org.jaga.knowledge.redflag.RedFlag;
import org.jaga.knowledge.redflag.RiskDimension;

/**
 * Turns red flags into a score and a verdict. Flags of one dimension add up only to that
 * dimension's cap, so a legitimate call-centre ad with "customer service, no experience, basic
 * computer skills" stays low; every substantial dimension beyond the first adds a bonus, because
 * the combination (scam role, high pay, paid travel, compound area) is what marks the pattern.
 * How the recruiter talks (chat apps, urgency) never earns the bonus on its own.
 * Words of an accountable job ad (required experience, licence numbers, social security) lower
 * the score a little, unless a flag strong enough to stand alone was found.
 */
final class RiskScore {
    static final int SUSPICIOUS_FROM = 25;
    static final int HIGH_RISK_FROM = 60;
    /** A flag at least this heavy makes an offer suspicious on its own and cannot be mitigated. */
    static final int STRONG_WEIGHT = 25;

    private static final int BONUS_PER_EXTRA_DIMENSION = 8;
    /** A dimension counts towards the combination bonus from this many points on. */
    private static final int SUBSTANTIAL = 8;

    private static final int MITIGATION_PER_SIGNAL = 5;
    private static final int MAX_MITIGATION = 15;
    private static final Map<RiskDimension, Integer> CAPS = new EnumMap<>(Map.of(
            RiskDimension.LURE, 25,
            RiskDimension.LOW_BAR, 25,
            RiskDimension.MOVE, 35,
            RiskDimension.PLACE, 30,
            RiskDimension.CONTROL, 40,
            RiskDimension.CHANNEL, 12));

    private RiskScore() {}

    /**
     * @param flags the distinct flags found
     * @param legitSignals how many distinct kinds of accountable-ad wording were found
     * @param identifierBonus points from recruiter-database matches, -100 to 100
     * @return the score, 0 to 100
     */
    static int score(Collection<RedFlag> flags, int legitSignals, int identifierBonus) {
        Map<RiskDimension, Integer> sums = new EnumMap<>(RiskDimension.class);
        flags.forEach(f -> sums.merge(f.dimension(), f.weight(), Integer::sum));
        int raw = sums.entrySet().stream()
                .mapToInt(e -> Math.min(e.getValue(), CAPS.get(e.getKey())))
                .sum();
        long substantial = sums.entrySet().stream()
                .filter(e -> e.getKey() != RiskDimension.CHANNEL && e.getValue() >= SUBSTANTIAL)
                .count();
        int bonus = (int) Math.max(0, substantial - 1) * BONUS_PER_EXTRA_DIMENSION;
        boolean strong = flags.stream().anyMatch(f -> f.weight() >= STRONG_WEIGHT);
        int mitigation = strong ? 0 : Math.min(MAX_MITIGATION, legitSignals * MITIGATION_PER_SIGNAL);
        return Math.max(0, Math.min(100, raw + bonus - mitigation + identifierBonus));
    }

    static Verdict verdict(int score) {
        if (score >= HIGH_RISK_FROM) {
            return Verdict.HIGH_RISK;
        }
        return score >= SUSPICIOUS_FROM ? Verdict.SUSPICIOUS : Verdict.NO_KNOWN_RISK;
    }
}
