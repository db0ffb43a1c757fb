package dev.fieldcrm.core.devices;

import dev.fieldcrm.core.shared.Caller;
import dev.fieldcrm.core.shared.NotFound;
import dev.fieldcrm.core.shared.ValidationFailed;
import dev.fieldcrm.core.shared.VersionConflict;
import dev.fieldcrm.core.store.AlreadyExists;
import dev.fieldcrm.core.store.ChangeSet;
import dev.fieldcrm.core.store.ChangeWriter;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A user's push devices: the app registers its token (again after each refresh) and unregisters at logout; the
 * worker attaches the SNS endpoint it made for the token ({@link DeviceEndpointSync}) and disables a device whose
 * endpoint the push service reported dead.
 *
 * <p>Devices live under their user: a caller reaches only its own, so another user's device id is simply not found.
 */
public final class DeviceService {
    /** A user with more devices than this is likely leaking registrations (a reinstall loop); refuse the next. */
    public static final int MAX_DEVICES_PER_USER = 10;
    private static final Pattern DEVICE_ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    private final Devices devices;
    private final ChangeWriter writer;
    private final Clock clock;

    public DeviceService(Devices devices, ChangeWriter writer, Clock clock) {
        this.devices = devices;
        this.writer = writer;
        this.clock = clock;
    }

    /**
     * Registers or refreshes the caller's device (idempotent: the same registration again writes nothing). A new
     * token or a re-registration of a disabled device enables it; a new platform drops the endpoint so the worker
     * makes one on the new platform. Reads: one GetItem (+ one Query and one GetItem of the {@link DeviceRoster} for
     * a new device, to enforce the limit even under concurrent registrations).
     */
    public Device register(Caller caller, String deviceId, DeviceRegistration registration) {
        requireDeviceId(deviceId);
        // Each lost race means another registration of this user was stored, so this ends within the limit's rounds.
        for (int round = 0; ; round++) {
            Optional<Device> existing = devices.find(caller.tenantId(), caller.userId(), deviceId);
            try {
                return existing.isEmpty() ? registerNew(caller, deviceId, registration) : refresh(caller, existing.get(), registration);
            } catch (VersionConflict | AlreadyExists raced) {
                if (round == MAX_DEVICES_PER_USER) {
                    throw raced;
                }
            }
        }
    }

    private Device registerNew(Caller caller, String deviceId, DeviceRegistration registration) {
        // The roster first, then the count: a registration stored after this read changes the roster's version, so
        // the write below fails and counts again; one stored before it is in the count.
        DeviceRoster roster = devices.roster(caller.tenantId(), caller.userId()).orElse(DeviceRoster.none(caller.userId()));
        int registered = devices.ofUser(caller.tenantId(), caller.userId()).size();
        if (registered >= MAX_DEVICES_PER_USER) {
            throw ValidationFailed.of("deviceId", "a user can register at most " + MAX_DEVICES_PER_USER
                    + " devices; unregister one first");
        }
        Instant now = clock.instant();
        Device device = new Device(deviceId, caller.userId(), registration.platform(), registration.token(), null,
                true, now, now, 1);
        writer.apply(caller.tenantId(), new ChangeSet().create(device)
                .createOrReplace(roster.withDevices(registered + 1, now), roster.version()));
        return device;
    }

    private Device refresh(Caller caller, Device current, DeviceRegistration registration) {
        Instant now = clock.instant();
        boolean samePlatform = current.platform() == registration.platform();
        if (samePlatform && current.token().equals(registration.token()) && current.enabled()) {
            return current;
        }
        Device updated = new Device(current.id(), caller.userId(), registration.platform(), registration.token(),
                samePlatform ? current.endpointArn() : null, true, current.registeredAt(), now, current.version() + 1);
        writer.apply(caller.tenantId(), new ChangeSet().replace(updated, current.version()));
        return updated;
    }

    /** Removes the caller's device (the worker deletes its endpoint). One GetItem + one delete. */
    public void unregister(Caller caller, String deviceId) {
        requireDeviceId(deviceId);
        Device device = devices.find(caller.tenantId(), caller.userId(), deviceId)
                .orElseThrow(() -> new NotFound("device " + deviceId));
        writer.apply(caller.tenantId(), new ChangeSet().remove(device));
    }

    /** The caller's devices: one Query. */
    public List<Device> list(Caller caller) {
        return devices.ofUser(caller.tenantId(), caller.userId());
    }

    /**
     * Stores the endpoint the worker made for the device's token, if the device still has that token and no endpoint
     * (conditional on the version read).
     *
     * @return false when the device is gone or its token changed meanwhile: the endpoint is of no use to it
     */
    public boolean attachEndpoint(String tenantId, String userId, String deviceId, String token, String endpointArn) {
        Optional<Device> current = devices.find(tenantId, userId, deviceId);
        if (current.isEmpty() || !current.get().token().equals(token)) {
            return false;
        }
        Device device = current.get();
        if (!Objects.equals(device.endpointArn(), endpointArn)) {
            writer.apply(tenantId, new ChangeSet().replace(device.withEndpoint(endpointArn, clock.instant()), device.version()));
        }
        return true;
    }

    /**
     * Disables the device whose endpoint the push service reported disabled (the token is dead: app uninstalled).
     * Nothing happens when the device is gone or has another endpoint by now; a concurrent change wins (it is a
     * re-registration, which enables the device anyway).
     */
    public void endpointDisabled(DeviceOwner owner, String endpointArn) {
        devices.find(owner.tenantId(), owner.userId(), owner.deviceId())
                .filter(d -> d.enabled() && endpointArn.equals(d.endpointArn()))
                .ifPresent(d -> {
                    try {
                        writer.apply(owner.tenantId(), new ChangeSet().replace(d.disabled(clock.instant()), d.version()));
                    } catch (VersionConflict ignored) {
                        // re-registered meanwhile: the new registration decides
                    }
                });
    }

    /**
     * Takes the endpoint away from the device that had it before another device's registration took it over (same
     * token: the phone changed hands): the device keeps no ARN and is disabled, so nothing is pushed to it and it
     * does not take the endpoint back, until its app registers again. Nothing happens when it has another endpoint by
     * now; a concurrent change wins (a registration, which decides anew).
     */
    public void endpointTakenOver(DeviceOwner previous, String endpointArn) {
        devices.find(previous.tenantId(), previous.userId(), previous.deviceId())
                .filter(d -> endpointArn.equals(d.endpointArn()))
                .ifPresent(d -> {
                    try {
                        writer.apply(previous.tenantId(), new ChangeSet().replace(d.withoutEndpoint(clock.instant()), d.version()));
                    } catch (VersionConflict ignored) {
                        // registered again meanwhile: that registration decides
                    }
                });
    }

    private static void requireDeviceId(String deviceId) {
        if (deviceId == null || !DEVICE_ID.matcher(deviceId).matches()) {
            throw ValidationFailed.of("deviceId", "1 to 64 letters, digits, '-' or '_'");
        }
    }
}
