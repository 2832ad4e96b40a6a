package org.jaga.core.conversation;

/** Where a conversation stands: what the bot is waiting for from the person. */
public enum Step {
    IDLE,
    AWAITING_OFFER,
    AWAITING_RECRUITER,
    AWAITING_QUESTION,
    AWAITING_REPORT,
    CONFIRMING_FORGET,
    ASKING_SAFE_TO_TALK,
    ASKING_LOCATION,
    ASKING_NATIONALITY,
    ASKING_PEOPLE,
    ASKING_NEXT_CONTACT
}
