package dev.fieldcrm.core.informing;

import dev.fieldcrm.core.notify.Channel;

import java.time.Instant;
import java.util.Locale;

/**
 * The public URLs put into messages: a URL prefix from configuration (by default the API's short routes
 * {@code <base>/u/} and {@code <base>/s/}, short enough for a Cyrillic SMS) plus a signed token.
 */
public record PublicLinks(LinkSigner signer, String unsubscribePrefix, String surveyPrefix) {

    public String unsubscribe(String tenantId, String clientId, String contactId, Channel channel, String address,
                              Instant now) {
        return unsubscribePrefix + signer.sign(new Link(LinkPurpose.UNSUBSCRIBE, channel, tenantId, clientId, contactId,
                now), address);
    }

    public String survey(String tenantId, String clientId, String invitationId, Channel channel, Instant now) {
        return surveyPrefix + signer.sign(new Link(LinkPurpose.SURVEY, channel, tenantId, clientId, invitationId, now), "");
    }

    /** The line that ends every mailing SMS (and the email footer's text). */
    public static String optOutLine(String locale, String url) {
        return ("ru".equals(locale) ? "Отписка: " : "Unsubscribe: ") + url;
    }

    /**
     * The whole text of a survey invitation by SMS: core owns it (as the opt-out line), so a survey whose SMS cannot
     * fit is refused when it is sent, not cut by the renderer.
     */
    public static String surveySms(String locale, String url) {
        return ("ru".equals(locale) ? "Оцените нашу работу: " : "Rate our work, please: ") + url;
    }

    /** An unsubscribe URL as long as a real one of this tenant (for checking that an SMS fits). */
    String sampleUnsubscribe(String tenantId) {
        return unsubscribePrefix + "x".repeat(LinkSigner.tokenLength(tenantId));
    }

    /** A survey URL as long as a real one of this tenant (for checking that an SMS fits). */
    String sampleSurvey(String tenantId) {
        return surveyPrefix + "x".repeat(LinkSigner.tokenLength(tenantId));
    }

    static Locale locale(String tag) {
        return "ru".equals(tag) ? Locale.forLanguageTag("ru") : Locale.ENGLISH;
    }
}
