package org.jaga.knowledge.recruiter;

import java.util.List;

/**
 * What loading recruiter lists did.
 *
 * @param accepted rows that made or extended an entry
 * @param rejected one line per bad row, as {@code file:line: reason}
 */
public record LoadReport(int accepted, List<String> rejected) {

    public LoadReport {
        rejected = List.copyOf(rejected);
    }

    LoadReport plus(LoadReport other) {
        List<String> all = new java.util.ArrayList<>(rejected);
        all.addAll(other.rejected);
        return new LoadReport(accepted + other.accepted, all);
    }
}
