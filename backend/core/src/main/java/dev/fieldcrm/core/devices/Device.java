package dev.fieldcrm.core.devices;

import java.time.Instant;

/**
 * A phone of a user that receives push notifications, stored under the user ({@code T#t#USER#u} /
 * {@code DEVICE#id}).
 *
 * @param id           chosen by the app (its installation id), so re-registering after a token refresh is an update
 * @param userId       whose device it is
 * @param token        the push service's registration token (FCM) or device token (APNs)
 * @param endpointArn  the SNS platform endpoint made for the token by the worker, null until then (or after the
 *                     platform changed)
 * @param enabled      false once the push service reported the token dead (SNS {@code EndpointDisabled}); a new
 *                     registration enables it again
 */
public record Device(String id, String userId, Platform platform, String token, String endpointArn, boolean enabled,
                     Instant registeredAt, Instant updatedAt, long version) {

    /** Whether pushes can be sent to it now. */
    public boolean canReceive() {
        return enabled && endpointArn != null;
    }

    Device withEndpoint(String arn, Instant now) {
        return new Device(id, userId, platform, token, arn, enabled, registeredAt, now, version + 1);
    }

    Device withoutEndpoint(Instant now) {
        return new Device(id, userId, platform, token, null, false, registeredAt, now, version + 1);
    }

    Device disabled(Instant now) {
        return new Device(id, userId, platform, token, endpointArn, false, registeredAt, now, version + 1);
    }
}
