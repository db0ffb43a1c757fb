package dev.fieldcrm.core.devices;

/** A device that can receive pushes now: send to {@code endpointArn} (the {@code Outgoing.address} of a push). */
public record PushEndpoint(String deviceId, Platform platform, String endpointArn) {
}
