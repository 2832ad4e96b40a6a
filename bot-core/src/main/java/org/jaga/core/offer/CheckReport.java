package org.jaga.core.offer;

import java.util.List;
import org.jaga.core.dialogue.Intent;
import org.jaga.core.dialogue.TurnContext;
import org.jaga.core.message.Button;
import org.jaga.knowledge.check.CheckResult;
import org.jaga.knowledge.check.IdentifierResult;
import org.jaga.knowledge.check.RedFlagResult;

/** Formats a check for a chat: the verdict first, then every flag with its evidence, then what to do. */
final class CheckReport {
    private static final int EVIDENCE_MAX = 120;

    String text(CheckResult result, TurnContext turn) {
        StringBuilder text =
                new StringBuilder(turn.text("check.verdict." + result.verdict().name()));
        if (!result.redFlags().isEmpty()) {
            text.append("\n\n").append(turn.text("check.flags"));
            for (RedFlagResult flag : result.redFlags()) {
                text.append("\n• ")
                        .append(flag.title())
                        .append(": “")
                        .append(shorten(flag.evidence()))
                        .append("”\n  ")
                        .append(flag.explanation());
            }
        }
        List<IdentifierResult> identifiers = result.identifiers();
        if (!identifiers.isEmpty()) {
            text.append("\n\n").append(turn.text("check.recruiters"));
            identifiers.forEach(identifier -> text.append("\n• ").append(RecruiterLines.line(identifier, turn)));
        }
        if (!result.advice().isEmpty()) {
            text.append("\n\n").append(turn.text("check.advice"));
            result.advice().forEach(advice -> text.append("\n• ").append(advice));
        }
        return text.toString();
    }

    List<Button> buttons(TurnContext turn) {
        return List.of(
                turn.button("button.report", Intent.REPORT.payload()),
                turn.button("button.ask", Intent.ASK_QUESTION.payload()),
                turn.button("button.person", Intent.DISTRESS.payload()));
    }

    private static String shorten(String evidence) {
        String flat = evidence.replaceAll("\\s+", " ").strip();
        return flat.length() <= EVIDENCE_MAX ? flat : flat.substring(0, EVIDENCE_MAX - 1) + "…";
    }
}
