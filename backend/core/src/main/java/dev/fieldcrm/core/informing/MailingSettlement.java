package dev.fieldcrm.core.informing;

/**
 * Marks that the final outcome of one retried mailing message has been added to its mailing's counts: created in the
 * same transaction as the counts, so a redelivered stream record cannot add them twice.
 *
 * @param mailingId  the mailing
 * @param deliveryId the Postman's delivery (= message) id
 */
public record MailingSettlement(String mailingId, String deliveryId) {
}
