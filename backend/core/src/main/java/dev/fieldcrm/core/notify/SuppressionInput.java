package dev.fieldcrm.core.notify;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** An address an admin puts on the suppression list by hand (an email address or a phone number). */
public record SuppressionInput(@NotBlank @Size(max = 254) String address) {
}
