package org.jaga.core.dialogue;

import java.util.List;
import org.jaga.core.conversation.Step;
import org.jaga.core.message.Button;

/** Greets the person and shows what Jaga can do, as numbered lines and as buttons. */
public final class MenuHandler implements IntentHandler {

    @Override
    public Intent intent() {
        return Intent.MENU;
    }

    @Override
    public Outcome start(TurnContext turn) {
        Outcome.Builder outcome = Outcome.of(turn.conversation().awaiting(Step.IDLE));
        if (turn.message().attachment().isPresent() && turn.words().isEmpty()) {
            outcome.say(turn.text("unsupported.attachment"));
        } else if (!turn.commandOnly() && !turn.words().isEmpty()) {
            outcome.say(turn.text("fallback"));
        }
        return outcome.say(menuText(turn), menuButtons(turn)).build();
    }

    static String menuText(TurnContext turn) {
        StringBuilder text = new StringBuilder(turn.text("menu.intro")).append("\n\n");
        List<Intent> order = MenuChoice.ORDER;
        for (int i = 0; i < order.size(); i++) {
            text.append(i + 1)
                    .append(". ")
                    .append(turn.text(MenuChoice.labelKey(order.get(i))))
                    .append('\n');
        }
        return text.append('\n').append(turn.text("menu.hint")).toString();
    }

    static List<Button> menuButtons(TurnContext turn) {
        return MenuChoice.ORDER.stream()
                .map(intent -> turn.button(MenuChoice.labelKey(intent), intent.payload()))
                .toList();
    }
}
