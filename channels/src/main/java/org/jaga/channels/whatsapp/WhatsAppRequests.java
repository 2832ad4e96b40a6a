package org.jaga.channels.whatsapp;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.stream.IntStream;
import org.jaga.core.message.Button;

/**
 * The Cloud API's request bodies Jaga sends, as small records: text, reply buttons (up to 3),
 * a list (up to 10 rows) and a template. Titles are cut to the platform's limits.
 */
final class WhatsAppRequests {
    static final int MAX_TEXT = 4096;
    static final int MAX_INTERACTIVE_BODY = 1024;
    static final int MAX_REPLY_BUTTONS = 3;
    static final int MAX_LIST_ROWS = 10;
    private static final int MAX_BUTTON_TITLE = 20;
    private static final int MAX_ROW_TITLE = 24;
    private static final int MAX_ROW_DESCRIPTION = 72;
    private static final String LIST_BUTTON = "Options";

    private WhatsAppRequests() {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Message(
            @JsonProperty("messaging_product") String messagingProduct,
            @JsonProperty("recipient_type") String recipientType,
            String to,
            String type,
            Text text,
            Interactive interactive,
            Template template) {}

    record Text(@JsonProperty("preview_url") boolean previewUrl, String body) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Interactive(String type, Text body, Action action) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Action(List<ReplyButton> buttons, String button, List<Section> sections) {}

    record ReplyButton(String type, Reply reply) {}

    record Reply(String id, String title) {}

    record Section(String title, List<Row> rows) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Row(String id, String title, String description) {}

    record Template(String name, Language language) {}

    record Language(String code) {}

    static Message text(String to, String body) {
        return new Message("whatsapp", "individual", to, "text", new Text(false, body), null, null);
    }

    static Message buttons(String to, String body, List<Button> buttons) {
        List<ReplyButton> replies = buttons.stream()
                .map(button ->
                        new ReplyButton("reply", new Reply(button.payload(), cut(button.label(), MAX_BUTTON_TITLE))))
                .toList();
        Interactive interactive = new Interactive("button", new Text(false, body), new Action(replies, null, null));
        return interactive(to, interactive);
    }

    static Message list(String to, String body, List<Button> buttons) {
        List<Row> rows = buttons.stream()
                .map(button -> new Row(
                        button.payload(),
                        cut(button.label(), MAX_ROW_TITLE),
                        button.label().length() > MAX_ROW_TITLE ? cut(button.label(), MAX_ROW_DESCRIPTION) : null))
                .toList();
        Interactive interactive = new Interactive(
                "list", new Text(false, body), new Action(null, LIST_BUTTON, List.of(new Section(LIST_BUTTON, rows))));
        return interactive(to, interactive);
    }

    static Message template(String to, String name, String language) {
        return new Message(
                "whatsapp", "individual", to, "template", null, null, new Template(name, new Language(language)));
    }

    /** @return the text with the buttons as a numbered list under it, for more buttons than a list holds */
    static String withNumberedChoices(String text, List<Button> buttons) {
        StringBuilder out = new StringBuilder(text).append("\n");
        IntStream.range(0, buttons.size()).forEach(i -> out.append('\n')
                .append(i + 1)
                .append(". ")
                .append(buttons.get(i).label()));
        return out.toString();
    }

    private static Message interactive(String to, Interactive interactive) {
        return new Message("whatsapp", "individual", to, "interactive", null, interactive, null);
    }

    /** Cuts at a code point boundary, marking the cut with an ellipsis. */
    static String cut(String label, int max) {
        if (label.length() <= max) {
            return label;
        }
        int end = max - 1;
        if (Character.isHighSurrogate(label.charAt(end - 1))) {
            end--;
        }
        return label.substring(0, end) + "…";
    }
}
