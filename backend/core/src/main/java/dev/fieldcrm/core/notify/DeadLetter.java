package dev.fieldcrm.core.notify;

/**
 * A message given up on, as handed to operators (the SQS dead-letter queue in AWS: alarms, inspection, replay).
 *
 * @param tenantId the tenant it was sent for
 * @param id       the message's id (its {@link Delivery} stays in the table as PARKED)
 * @param outgoing the message itself, so it can be replayed
 * @param reason   why it was given up (the provider's permanent refusal, or the last error after the last attempt)
 * @param attempts provider attempts made
 */
public record DeadLetter(String tenantId, String id, Outgoing outgoing, String reason, int attempts) {
}
