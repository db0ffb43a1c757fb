package dev.fieldcrm.api.informing;

import dev.fieldcrm.adapters.links.LinkSettings;
import io.smallrye.config.ConfigMapping;

/** Public links in messages (unsubscribe, surveys): {@code fieldcrm.notify.*} settings of informing clients. */
@ConfigMapping(prefix = "fieldcrm.notify")
public interface LinkConfig extends LinkSettings {
    /** Where the public pages are served (scheme, host, stage path). */
    String publicBaseUrl();
}
