package dev.fieldcrm.core.integrations;

/**
 * An event as a telephony or chat provider sends it (the JSON body of {@code POST /api/v1/inbound/{key}/events}).
 * Unknown properties are ignored (providers add their own); {@link InboundEvents#accept} checks the rest.
 *
 * @param eventId         the provider's id of the event: a redelivery with the same id is accepted and stores nothing
 * @param type            {@code call.started}, {@code call.ended}, {@code call.missed} or {@code chat.started}
 * @param occurredAt      ISO-8601 instant (absent: when we received it)
 * @param durationSeconds talk time of an ended call
 */
@com.fasterxml.jackson.annotation.JsonIgnoreProperties(ignoreUnknown = true)
public record InboundEvent(String eventId, String type, String occurredAt, Person caller, Integer durationSeconds,
                           String recordingUrl, String adSource, String message) {

    /** Who called or opened the chat, as the provider knows them. */
    @com.fasterxml.jackson.annotation.JsonIgnoreProperties(ignoreUnknown = true)
    public record Person(String phone, String name, String email) {
    }
}
