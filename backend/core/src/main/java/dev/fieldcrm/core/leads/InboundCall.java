package dev.fieldcrm.core.leads;

/**
 * A call tracking / telephony event (channel {@link InboundChannel#CALL}). The caller's number is in
 * {@link LeadFields#phone()}.
 *
 * @param event           what happened to the call
 * @param durationSeconds talk time; null for a missed or a just started call
 * @param recordingUrl    the provider's link to the recording, if any (shown on the interaction)
 * @param adSource        the advertising source the call-tracking number belongs to (becomes the lead's source)
 */
public record InboundCall(Event event, Integer durationSeconds, String recordingUrl, String adSource) {

    public enum Event { STARTED, ENDED, MISSED }
}
