package org.jaga.knowledge.redflag;

/**
 * Currencies job offers quote pay in, each with the monthly amount that is unrealistic for
 * entry-level work asking no experience: about three times the local monthly minimum wage, and
 * never below USD 1,000 for dollar pay (the usual bait in Cambodia, Myanmar and Laos offers).
 */
enum Currency {
    USD(1_000),
    THB(30_000),
    IDR(10_000_000),
    PHP(50_000),
    VND(15_000_000),
    CNY(10_000),
    MYR(4_000),
    NTD(50_000),
    MMK(1_000_000),
    KHR(4_000_000),
    INR(40_000),
    /** Pay in a currency that says nothing about its level (e.g. SGD, EUR). */
    OTHER(Double.MAX_VALUE);

    private final double unrealisticMonthly;

    Currency(double unrealisticMonthly) {
        this.unrealisticMonthly = unrealisticMonthly;
    }

    /**
     * @param strictness the share of the usual threshold that applies, below 1 where even
     *     moderate pay is bait (entry-level work abroad)
     */
    boolean unrealistic(double monthly, double strictness) {
        return monthly >= unrealisticMonthly * strictness;
    }
}
