package org.jaga.hotline.staff;

/** What a staff member may do. Admins and supervisors see every desk; responders only their own. */
public enum Role {
    ADMIN,
    SUPERVISOR,
    RESPONDER;

    public boolean seesEveryDesk() {
        return this != RESPONDER;
    }
}
