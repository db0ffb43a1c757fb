package dev.fieldcrm.core.devices;

import java.util.Optional;

/**
 * The push provider's endpoints (SNS platform endpoints in AWS; a capturing adapter with fake ARNs locally): one per
 * device token, made by the worker when a device registers and deleted when it unregisters.
 */
public interface PushEndpoints {
    /**
     * The endpoint made or found for a token.
     *
     * @param previousOwner the owner the endpoint had when it was taken over from another device (the phone changed
     *                      hands, or the app was reinstalled under a new id); null when it is new or was this owner's
     */
    record Made(String arn, String previousOwner) {
    }

    /**
     * Makes (or finds: the provider is idempotent per token) the endpoint of {@code token}; an endpoint of another
     * owner for the same token is taken over.
     *
     * @param owner opaque text stored with the endpoint (SNS {@code CustomUserData}) that names the device, so a
     *              provider report about the endpoint can be traced back to it; see {@link DeviceOwner}
     */
    Made create(Platform platform, String token, String owner);

    /** Points the endpoint at a new token and enables it again. */
    void refresh(String endpointArn, String token);

    /** Deletes the endpoint; deleting one that does not exist is not an error. */
    void delete(String endpointArn);

    /** The {@code owner} the endpoint was created with, if the endpoint exists. */
    Optional<String> owner(String endpointArn);
}
