package org.jaga.core.dialogue;

import java.util.List;
import org.jaga.core.Require;
import org.jaga.core.message.Button;

/** One reply the bot says, before it is addressed and numbered as an outbound message. */
public record Said(String text, List<Button> buttons) {
    public Said {
        Require.nonBlank(text, "text");
        buttons = List.copyOf(buttons == null ? List.of() : buttons);
    }
}
