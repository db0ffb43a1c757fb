package dev.fieldcrm.mobile.core.route;

/**
 * A place to visit: usually an agenda task's client.
 *
 * @param id    what the UI uses to find the item again (task id); also breaks ties so plans are deterministic
 * @param label shown in the list
 */
public record Stop(String id, String label, GeoPoint at) {
}
