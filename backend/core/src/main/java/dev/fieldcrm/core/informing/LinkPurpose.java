package dev.fieldcrm.core.informing;

/** What a signed public link may do: each purpose has its own code inside the token, so one cannot stand for another. */
public enum LinkPurpose {
    UNSUBSCRIBE(1), SURVEY(2), CONSENT(3);

    final int code;

    LinkPurpose(int code) {
        this.code = code;
    }

    static LinkPurpose ofCode(int code) {
        for (LinkPurpose p : values()) {
            if (p.code == code) {
                return p;
            }
        }
        return null;
    }
}
