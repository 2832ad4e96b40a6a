package org.jaga.knowledge.check;

/**
 * One red flag found in an offer, explained in the reader's language.
 *
 * @param code the flag's code, e.g. {@code TOURIST_VISA_FOR_WORK}
 * @param group the flag's family, e.g. {@code TRAVEL_VISA_ROUTE}
 * @param weight what the flag adds to the score on its own
 * @param evidence the exact words of the offer that show it
 * @param title a short name of the flag
 * @param explanation why it is a warning sign and what to check
 */
public record RedFlagResult(String code, String group, int weight, String evidence, String title, String explanation) {}
