package org.jaga.core.message;

import org.jaga.core.Require;

/** A reply option: the label a person sees and the payload that comes back when they tap it. */
public record Button(String label, String payload) {
    public Button {
        Require.nonBlank(label, "label");
        Require.nonBlank(payload, "payload");
    }
}
