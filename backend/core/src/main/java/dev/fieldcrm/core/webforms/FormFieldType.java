package dev.fieldcrm.core.webforms;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How a form field is rendered by the snippet (and what the server checks of its value). */
public enum FormFieldType {
    @JsonProperty("text") TEXT,
    @JsonProperty("email") EMAIL,
    @JsonProperty("tel") TEL,
    @JsonProperty("textarea") TEXTAREA,
    /** Not shown; filled by the page (e.g. a campaign code). */
    @JsonProperty("hidden") HIDDEN;

    /** The longest value a field of this type may be configured to take. */
    int maxLengthLimit() {
        return this == TEXTAREA ? 5000 : 500;
    }

    int defaultMaxLength() {
        return this == TEXTAREA ? 2000 : 200;
    }
}
