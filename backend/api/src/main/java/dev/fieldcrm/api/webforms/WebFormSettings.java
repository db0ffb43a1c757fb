package dev.fieldcrm.api.webforms;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Limits of the public form endpoint ({@code fieldcrm.forms.*}). */
@ConfigMapping(prefix = "fieldcrm.forms")
public interface WebFormSettings {
    /** Submissions per client address, form and UTC minute ({@code FIELDCRM_FORMS_RATE_PER_ADDRESS}). */
    @WithDefault("10")
    int ratePerAddress();

    /** Submissions per form and UTC minute, all addresses together ({@code FIELDCRM_FORMS_RATE_PER_FORM}). */
    @WithDefault("120")
    int ratePerForm();
}
