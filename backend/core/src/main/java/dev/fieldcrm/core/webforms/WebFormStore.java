package dev.fieldcrm.core.webforms;

import java.util.List;
import java.util.Optional;

/** Reads of web forms (writes go through the {@link dev.fieldcrm.core.store.ChangeWriter}). */
public interface WebFormStore {
    /** Every form of the tenant (at most {@link WebFormService#MAX_FORMS}): one Query. */
    List<WebForm> forms(String tenantId);

    Optional<WebForm> form(String tenantId, String formId);

    /** The public endpoint's one read: the key item, with its tenant and form. */
    Optional<FormKey> byKey(String publicKey);

    WebFormCounts counts(String tenantId, String formId);
}
