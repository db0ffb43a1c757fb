package dev.fieldcrm.core.notify;

/** Where the {@link Postman} parks messages it gives up on (an SQS queue in AWS). */
public interface DeadLetters {
    /** Throws when the letter could not be handed over; the Postman then leaves the delivery to be parked again. */
    void park(DeadLetter letter);
}
