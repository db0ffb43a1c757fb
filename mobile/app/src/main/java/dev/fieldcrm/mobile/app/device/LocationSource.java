package dev.fieldcrm.mobile.app.device;

import java.util.Optional;

/**
 * Where the phone is, asked only when the rep acts (check-in, plan route, nearby): there is no background
 * tracking. This is the edge to the device's GPS, which tests and the desktop cannot reach.
 */
public interface LocationSource {
    Optional<Position> current();
}
