package dev.fieldcrm.mobile.app.device;

import java.util.Optional;

/**
 * A position that does not move: the desktop's stand-in for GPS (the demo tenant's city centre by default, or
 * {@code FIELDCRM_POSITION="lat,lon"}), and the position tests put the rep at.
 */
public final class FixedLocation implements LocationSource {
    /** Moscow, Red Square: the demo tenant's clients are around it. */
    public static final Position DEMO = new Position(55.7539, 37.6208, 25);

    private final Position position;

    public FixedLocation(Position position) {
        this.position = position;
    }

    /** From {@code "lat,lon"} (e.g. an environment variable), the demo position when absent or malformed. */
    public static FixedLocation parse(String latLon) {
        if (latLon != null) {
            String[] parts = latLon.split(",");
            if (parts.length == 2) {
                try {
                    return new FixedLocation(new Position(Double.parseDouble(parts[0].trim()),
                            Double.parseDouble(parts[1].trim()), DEMO.accuracyMeters()));
                } catch (NumberFormatException e) {
                    // fall through to the demo position: a typo in a dev setting must not stop the app
                }
            }
        }
        return new FixedLocation(DEMO);
    }

    @Override
    public Optional<Position> current() {
        return Optional.of(position);
    }
}
