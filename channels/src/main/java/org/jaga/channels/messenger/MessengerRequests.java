package org.jaga.channels.messenger;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.jaga.core.message.Button;

/** The Send API's request body, as small records: text with quick replies, tagged HUMAN_AGENT when asked. */
final class MessengerRequests {
    static final int MAX_TEXT = 2000;
    static final int MAX_QUICK_REPLIES = 13;
    private static final int MAX_TITLE = 20;

    private MessengerRequests() {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Send(
            Recipient recipient, @JsonProperty("messaging_type") String messagingType, Message message, String tag) {}

    record Recipient(String id) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Message(String text, @JsonProperty("quick_replies") List<QuickReply> quickReplies) {}

    record QuickReply(@JsonProperty("content_type") String contentType, String title, String payload) {}

    /**
     * @param humanAgent a human responder's reply after the 24-hour window (up to 7 days after the
     *     person's last message): {@code MESSAGE_TAG} with {@code HUMAN_AGENT}; otherwise {@code RESPONSE}
     */
    static Send send(String psid, String text, List<Button> buttons, boolean humanAgent) {
        List<QuickReply> quickReplies = buttons.isEmpty()
                ? null
                : buttons.stream()
                        .map(button -> new QuickReply("text", cut(button.label()), button.payload()))
                        .toList();
        return new Send(
                new Recipient(psid),
                humanAgent ? "MESSAGE_TAG" : "RESPONSE",
                new Message(text, quickReplies),
                humanAgent ? "HUMAN_AGENT" : null);
    }

    private static String cut(String label) {
        if (label.length() <= MAX_TITLE) {
            return label;
        }
        int end = MAX_TITLE - 1;
        if (Character.isHighSurrogate(label.charAt(end - 1))) {
            end--;
        }
        return label.substring(0, end) + "…";
    }
}
