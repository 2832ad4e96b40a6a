package org.jaga.core.message;

/** What a message carried besides text; the content itself is never stored. */
public enum AttachmentKind {
    PHOTO,
    DOCUMENT,
    AUDIO,
    VIDEO,
    STICKER,
    CONTACT,
    OTHER
}
