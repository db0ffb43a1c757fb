package dev.fieldcrm.core.informing;

import dev.fieldcrm.core.notify.Channel;

/**
 * What a valid unsubscribe link would stop, for its confirmation page.
 *
 * @param maskedAddress the address with most characters hidden (the page is public)
 * @param unsubscribed  whether the consent is already off
 */
public record UnsubscribeTarget(Channel channel, String maskedAddress, boolean unsubscribed) {
}
