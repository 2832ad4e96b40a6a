package org.jaga.knowledge.check;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jaga.knowledge.language.Language;

/**
 * Runs the offer check over labelled offers and prints, per language and overall, the recall on
 * fraudulent offers (flagged HIGH_RISK or SUSPICIOUS), the false-positive rate on legitimate
 * ones, and the ids it got wrong.
 *
 * <p>Usage: {@code OfferEvaluation [directory]}; the directory holds {@code scam_offers.jsonl}
 * and {@code legit_offers.jsonl} (lines with "id", "text", "lang"), default
 * {@code ../shared/data/dev-eval}.
 */
public final class OfferEvaluation {
    private record Offer(String id, String text, String lang, boolean scam) {}

    private static final class Tally {
        private int scams;
        private int caught;
        private int legits;
        private int flagged;
        private final List<String> wrong = new ArrayList<>();
    }

    private OfferEvaluation() {}

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "../shared/data/dev-eval");
        List<Offer> offers = new ArrayList<>(read(dir.resolve("scam_offers.jsonl"), true));
        offers.addAll(read(dir.resolve("legit_offers.jsonl"), false));
        print(evaluate(offers, new OfferAssessor()), System.out);
    }

    private static Map<String, Tally> evaluate(List<Offer> offers, OfferAssessor assessor) {
        Map<String, Tally> tallies = new TreeMap<>();
        for (Offer offer : offers) {
            Assessment a = assessor.assess(offer.text(), language(offer.lang()), Language.ENGLISH, 0);
            boolean flagged = a.verdict() != Verdict.NO_KNOWN_RISK;
            for (String key : List.of(offer.lang(), "ALL")) {
                count(tallies.computeIfAbsent(key, k -> new Tally()), offer, flagged, a);
            }
        }
        return tallies;
    }

    private static void count(Tally t, Offer offer, boolean flagged, Assessment a) {
        if (offer.scam()) {
            t.scams++;
            t.caught += flagged ? 1 : 0;
        } else {
            t.legits++;
            t.flagged += flagged ? 1 : 0;
        }
        if (flagged != offer.scam()) {
            t.wrong.add(offer.id() + " (" + a.verdict() + " " + a.score() + ")");
        }
    }

    /** "en+km" and "zh-Hant" name their first language; "ja" or "ko" name none Jaga reads. */
    private static Optional<Language> language(String lang) {
        return lang == null ? Optional.empty() : Language.fromTag(lang.split("\\+")[0]);
    }

    private static void print(Map<String, Tally> tallies, PrintStream out) {
        out.printf("%-10s %14s %16s  misclassified%n", "language", "scam recall", "legit flagged");
        tallies.forEach((lang, t) -> out.printf(
                "%-10s %14s %16s  %s%n",
                lang, ratio(t.caught, t.scams), ratio(t.flagged, t.legits), String.join(", ", t.wrong)));
    }

    private static String ratio(int part, int whole) {
        return whole == 0 ? "-" : String.format("%d/%d %5.1f%%", part, whole, 100.0 * part / whole);
    }

    private static List<Offer> read(Path file, boolean scam) throws IOException {
        List<Offer> offers = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                Map<String, String> f = JsonLine.strings(line);
                offers.add(new Offer(
                        f.getOrDefault("id", "?"), f.getOrDefault("text", ""), f.getOrDefault("lang", "?"), scam));
            }
        }
        return offers;
    }
}
