package dev.fieldcrm.core.devices;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What the app sends to register (or refresh) one of the user's devices. */
public record DeviceRegistration(@NotNull Platform platform, @NotBlank @Size(max = 4096) String token) {
}
