package dev.fieldcrm.core.leads;

import dev.fieldcrm.core.events.Change;
import dev.fieldcrm.core.events.ChangeListener;
import dev.fieldcrm.core.informing.TenantNames;
import dev.fieldcrm.core.notify.Channel;
import dev.fieldcrm.core.notify.Outgoing;
import dev.fieldcrm.core.notify.Postman;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Emails the double opt-in link when a {@link ConsentConfirmation} is stored (the table's stream, in the worker). The
 * message id is {@code optin#<request>#EMAIL}, so a redelivered change is sent once (the Postman's claim), and the link
 * is signed with the confirmation's creation time, so it is the same link too.
 */
public final class ConsentMails implements ChangeListener {
    static final String TEMPLATE = "consent-confirm";

    private final Postman postman;
    private final ConsentLinks links;
    private final TenantNames tenantNames;

    public ConsentMails(Postman postman, ConsentLinks links, TenantNames tenantNames) {
        this.postman = postman;
        this.links = links;
        this.tenantNames = tenantNames;
    }

    @Override
    public void on(Change change) {
        if (change.isInsert()) {
            change.after(ConsentConfirmation.class).ifPresent(c -> postman.send(message(change.tenantId(), c)));
        }
    }

    Outgoing message(String tenantId, ConsentConfirmation confirmation) {
        Map<String, Object> model = new HashMap<>();
        model.put("tenantName", tenantNames.of(tenantId));
        model.put("formName", confirmation.formName() == null ? "" : confirmation.formName());
        model.put("confirmUrl", links.url(tenantId, confirmation));
        model.put("days", ConsentConfirmation.VALIDITY.toDays());
        return new Outgoing(tenantId, "optin#" + confirmation.id() + "#" + Channel.EMAIL, Channel.EMAIL,
                confirmation.email(), TEMPLATE, Locale.forLanguageTag(confirmation.locale()), model, Map.of());
    }
}
