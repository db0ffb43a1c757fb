/**
 * Sending: the worker's side of the Postman ({@link dev.fieldcrm.core.notify.ReliablePostman}).
 *
 * <p><b>To send</b> (reminders, mailings, lead notifications): inject {@link dev.fieldcrm.core.notify.Postman} and
 * call {@code send(Outgoing)} with a deterministic id per occurrence and channel (e.g.
 * {@code digest#<userId>#<date>#EMAIL}, {@code mailing#<mailingId>#<contactId>#SMS}). The Postman sends each id at
 * most once, honours the suppression list, retries failures itself (the {@code retry} scheduled job) and parks what
 * cannot be sent; never retry a {@code RetryLater} yourself. To put an address on the suppression list (bounces,
 * complaints, unsubscribes) inject {@link dev.fieldcrm.core.notify.Suppressions}.
 *
 * <p><b>Modes</b> ({@code fieldcrm.notify.mode}): {@code capture} (dev, test) writes every message to
 * {@code fieldcrm.notify.capture-dir} (the API's local profile lists them at {@code /api/v1/local/outbox}) and dead
 * letters beside them; {@code aws} (default) uses the SES/SNS senders and the SQS queue
 * {@code fieldcrm.notify.dead-letter-queue-url}. Provider senders are chosen by {@code @LookupIfProperty} on their
 * producers and looked up only in {@link dev.fieldcrm.worker.notify.NotifyWiring}: an {@code aws} producer must carry
 * {@code @LookupIfProperty(name = "fieldcrm.notify.mode", stringValue = "aws", lookupIfMissing = true)}, and nothing
 * else should inject {@code EmailSender}/{@code SmsSender}/{@code PushSender} directly (two beans of the type exist).
 */
package dev.fieldcrm.worker.notify;
