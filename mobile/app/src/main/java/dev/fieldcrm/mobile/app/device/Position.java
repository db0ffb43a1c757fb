package dev.fieldcrm.mobile.app.device;

/** A GPS fix: where the phone is and how sure it is (the rep sees the accuracy before a check-in is saved). */
public record Position(double lat, double lon, double accuracyMeters) {
}
