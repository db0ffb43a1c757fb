package dev.fieldcrm.core.devices;

import dev.fieldcrm.core.events.Change;
import dev.fieldcrm.core.events.ChangeListener;

import java.util.Objects;

/**
 * Keeps each device's push endpoint in step with the device (runs in the worker on the table's stream):
 * <ul>
 *   <li>an enabled device without endpoint → create the endpoint for its token and store its ARN on the device; if
 *       the endpoint was another device's (same token: the phone changed hands), that device loses it and is
 *       disabled until it registers again;</li>
 *   <li>a new token, or a disabled device registered again → point the endpoint at the token and enable it;</li>
 *   <li>a removed device, or one whose platform changed → delete its old endpoint, unless another device owns it
 *       by now (it was taken over).</li>
 * </ul>
 * Idempotent under redelivery: creating an endpoint for the same token and owner gives the same ARN, attaching is
 * skipped when the device has it, deleting a deleted endpoint is no error. The device's own endpoint write comes back
 * on the stream and changes nothing here.
 */
public final class DeviceEndpointSync implements ChangeListener {
    private final DeviceService devices;
    private final PushEndpoints endpoints;

    public DeviceEndpointSync(DeviceService devices, PushEndpoints endpoints) {
        this.devices = devices;
        this.endpoints = endpoints;
    }

    @Override
    public void on(Change change) {
        if (!change.concerns(Device.class)) {
            return;
        }
        Device before = change.before(Device.class).orElse(null);
        Device after = change.after(Device.class).orElse(null);
        if (before != null && before.endpointArn() != null
                && (after == null || !Objects.equals(before.endpointArn(), after.endpointArn()) && after.endpointArn() == null)) {
            String owner = new DeviceOwner(change.tenantId(), before.userId(), before.id()).encode();
            // A device that lost its endpoint to another one must not delete it from under its new owner.
            if (endpoints.owner(before.endpointArn()).map(owner::equals).orElse(false)) {
                endpoints.delete(before.endpointArn());
            }
        }
        if (after == null) {
            return;
        }
        if (after.endpointArn() == null && after.enabled()) {
            String owner = new DeviceOwner(change.tenantId(), after.userId(), after.id()).encode();
            PushEndpoints.Made made = endpoints.create(after.platform(), after.token(), owner);
            if (!devices.attachEndpoint(change.tenantId(), after.userId(), after.id(), after.token(), made.arn())) {
                endpoints.delete(made.arn());
                return;
            }
            if (made.previousOwner() != null) {
                DeviceOwner.parse(made.previousOwner()).ifPresent(previous -> devices.endpointTakenOver(previous, made.arn()));
            }
        } else if (before != null && (!before.token().equals(after.token()) || !before.enabled() && after.enabled())) {
            endpoints.refresh(after.endpointArn(), after.token());
        }
    }
}
