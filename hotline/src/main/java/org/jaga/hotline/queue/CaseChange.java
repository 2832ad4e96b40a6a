package org.jaga.hotline.queue;

import org.jaga.core.Require;

/**
 * Something consoles should show at once: a case opened or changed, or the person wrote.
 *
 * @param kind "case" or "message"
 * @param previousDesk the desk the case left, when it was transferred; else the same as desk
 */
public record CaseChange(String kind, String id, String desk, String previousDesk, CaseState state, Level level) {
    public CaseChange {
        Require.nonBlank(kind, "kind");
        Require.nonBlank(id, "id");
        Require.nonBlank(desk, "desk");
        previousDesk = previousDesk == null ? desk : previousDesk;
        Require.present(state, "state");
        Require.present(level, "level");
    }

    static CaseChange of(String kind, HotlineCase before, HotlineCase after) {
        return new CaseChange(kind, after.id(), after.desk(), before.desk(), after.state(), after.level());
    }
}
