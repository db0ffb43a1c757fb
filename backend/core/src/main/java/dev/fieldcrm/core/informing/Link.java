package dev.fieldcrm.core.informing;

import dev.fieldcrm.core.notify.Channel;

import java.time.Instant;

/**
 * What a signed public link stands for. It names the tenant, the client and the subject (the contact for an
 * unsubscribe link, the survey invitation for a survey link), so the public endpoint can find its record with a
 * key read and never needs a caller.
 *
 * @param subjectId the contact id ({@link LinkPurpose#UNSUBSCRIBE}) or the survey invitation id ({@link LinkPurpose#SURVEY})
 * @param issuedAt  when it was signed (whole seconds)
 */
public record Link(LinkPurpose purpose, Channel channel, String tenantId, String clientId, String subjectId,
                   Instant issuedAt) {
}
