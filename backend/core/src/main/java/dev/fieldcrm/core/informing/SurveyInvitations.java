package dev.fieldcrm.core.informing;

import dev.fieldcrm.core.events.Change;
import dev.fieldcrm.core.events.ChangeListener;
import dev.fieldcrm.core.notify.Outgoing;
import dev.fieldcrm.core.notify.Postman;

import java.util.HashMap;
import java.util.Map;

/**
 * Sends the signed survey link when an invitation is stored (the table's stream, in the worker). A redelivered
 * change hands the same message id ({@code survey#<invitation>#<channel>}) to the Postman, which sends it once; the
 * link is signed with the invitation's creation time, so it is the same link too.
 */
public final class SurveyInvitations implements ChangeListener {
    private final Postman postman;
    private final PublicLinks links;
    private final TenantNames tenantNames;

    public SurveyInvitations(Postman postman, PublicLinks links, TenantNames tenantNames) {
        this.postman = postman;
        this.links = links;
        this.tenantNames = tenantNames;
    }

    @Override
    public void on(Change change) {
        if (!change.isInsert()) {
            return;
        }
        change.after(SurveyInvitation.class).ifPresent(invitation -> postman.send(message(change.tenantId(), invitation)));
    }

    Outgoing message(String tenantId, SurveyInvitation invitation) {
        String url = links.survey(tenantId, invitation.clientId(), invitation.id(), invitation.channel(),
                invitation.createdAt());
        Map<String, Object> model = new HashMap<>();
        model.put("tenantName", tenantNames.of(tenantId));
        model.put("clientName", invitation.clientName());
        model.put("contactName", invitation.contactName());
        model.put("surveyUrl", url);
        model.put("surveySms", PublicLinks.surveySms(invitation.locale(), url));
        model.put("questions", invitation.questions().size());
        return new Outgoing(tenantId, "survey#" + invitation.id() + "#" + invitation.channel(), invitation.channel(),
                invitation.address(), "survey", PublicLinks.locale(invitation.locale()), model, Map.of());
    }
}
