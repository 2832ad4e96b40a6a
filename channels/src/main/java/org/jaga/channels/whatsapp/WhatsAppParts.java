package org.jaga.channels.whatsapp;

import java.util.ArrayList;
import java.util.List;
import org.jaga.channels.delivery.TextSplitter;
import org.jaga.core.message.Button;
import org.jaga.core.message.OutboundMessage;

/**
 * One message as Cloud API requests: the text cut at 4096, up to 3 buttons as reply buttons, 4 to
 * 10 as a list (on the last part, whose body is then at most 1024), more as a numbered list.
 */
final class WhatsAppParts {
    private WhatsAppParts() {}

    static List<WhatsAppRequests.Message> requests(OutboundMessage message) {
        String to = message.chat().platformUserId();
        List<Button> buttons = message.buttons();
        boolean interactive = !buttons.isEmpty() && buttons.size() <= WhatsAppRequests.MAX_LIST_ROWS;
        String text = buttons.size() > WhatsAppRequests.MAX_LIST_ROWS
                ? WhatsAppRequests.withNumberedChoices(message.text(), buttons)
                : message.text();
        List<String> parts = TextSplitter.split(
                text,
                WhatsAppRequests.MAX_TEXT,
                interactive ? WhatsAppRequests.MAX_INTERACTIVE_BODY : WhatsAppRequests.MAX_TEXT);
        List<WhatsAppRequests.Message> requests = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            boolean last = i == parts.size() - 1;
            if (!last || !interactive) {
                requests.add(WhatsAppRequests.text(to, parts.get(i)));
            } else if (buttons.size() <= WhatsAppRequests.MAX_REPLY_BUTTONS) {
                requests.add(WhatsAppRequests.buttons(to, parts.get(i), buttons));
            } else {
                requests.add(WhatsAppRequests.list(to, parts.get(i), buttons));
            }
        }
        return requests;
    }
}
