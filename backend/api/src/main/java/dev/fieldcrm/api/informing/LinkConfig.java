package dev.fieldcrm.api.informing;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.Optional;

/** Public links in messages (unsubscribe, surveys): {@code fieldcrm.notify.*} settings of informing clients. */
@ConfigMapping(prefix = "fieldcrm.notify")
public interface LinkConfig {
    /** Signs new links (at least 16 bytes; from a secret store in AWS). */
    String linkSecret();

    /** The id of {@link #linkSecret()}, written into each token (0..255). */
    @WithDefault("1")
    int linkKeyId();

    /** Older secrets whose links still verify, as {@code id:secret,id:secret}. */
    Optional<String> linkRetiredSecrets();

    /** Where the public pages are served (scheme, host, stage path). */
    String publicBaseUrl();

    /** The unsubscribe URL before the token. */
    String unsubscribeUrl();

    /** The survey URL before the token. */
    String surveyUrl();
}
