package dev.fieldcrm.adapters.links;

import dev.fieldcrm.core.informing.LinkKeys;
import dev.fieldcrm.core.informing.LinkSigner;
import dev.fieldcrm.core.informing.PublicLinks;

import java.util.Optional;

/**
 * The signed public links in messages (unsubscribe, surveys), {@code fieldcrm.notify.*}: the worker signs them, the
 * API verifies them, so both functions' config mappings extend this one set of settings and build their
 * {@link PublicLinks} the same way.
 */
public interface LinkSettings {
    /** Signs new links (at least 16 bytes; from a secret store in AWS). */
    String linkSecret();

    /** The id of {@link #linkSecret()}, written into each token (0..255; set in both functions' properties). */
    int linkKeyId();

    /** Older secrets whose links still verify, as {@code id:secret,id:secret}. */
    Optional<String> linkRetiredSecrets();

    /** The unsubscribe URL before the token (keep it short where SMS are mailed). */
    String unsubscribeUrl();

    /** The survey URL before the token. */
    String surveyUrl();

    /** Signing and verifying with the current key, retired keys still verifying (rotation). */
    static PublicLinks publicLinks(LinkSettings settings) {
        return new PublicLinks(new LinkSigner(LinkKeys.of(settings.linkSecret(), settings.linkKeyId(),
                settings.linkRetiredSecrets().orElse(""))), settings.unsubscribeUrl(), settings.surveyUrl());
    }
}
