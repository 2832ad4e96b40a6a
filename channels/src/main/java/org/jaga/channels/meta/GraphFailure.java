package org.jaga.channels.meta;

/**
 * The Graph API refused a request: the HTTP status and Meta's error code, subcode and title (never
 * the request, which holds a person's id and text).
 */
public final class GraphFailure extends RuntimeException {
    private final int status;
    private final int code;
    private final int subcode;

    public GraphFailure(int status, int code, int subcode, String title) {
        super(
                "HTTP " + status + ", code " + code + (subcode > 0 ? "/" + subcode : "") + ": " + title,
                null,
                false,
                false);
        this.status = status;
        this.code = code;
        this.subcode = subcode;
    }

    public int status() {
        return status;
    }

    public int code() {
        return code;
    }

    public int subcode() {
        return subcode;
    }
}
