package org.jaga.knowledge.identifier;

/** The kinds of recruiter identifier Jaga extracts from text and keeps in its knowledge base. */
public enum IdentifierKind {
    PHONE,
    EMAIL,
    DOMAIN,
    URL,
    TELEGRAM,
    WHATSAPP,
    FACEBOOK,
    LINE,
    ZALO,
    COMPANY,
    LICENCE
}
