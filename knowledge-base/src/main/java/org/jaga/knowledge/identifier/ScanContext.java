package org.jaga.knowledge.identifier;

import java.util.List;

/** What one extraction knows besides the text: likely phone regions and a group counter. */
final class ScanContext {

    private final List<String> regions;
    private int nextGroup;

    ScanContext(List<String> regions) {
        this.regions = List.copyOf(regions);
    }

    /** @return ISO region codes to read local phone numbers in, most likely first; may be empty */
    List<String> regions() {
        return regions;
    }

    int newGroup() {
        return nextGroup++;
    }
}
