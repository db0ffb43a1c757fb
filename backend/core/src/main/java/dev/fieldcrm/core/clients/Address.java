package dev.fieldcrm.core.clients;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A corporate address such as "legal", "office" or "warehouse". */
public record Address(@Size(max = 40) String kind, @NotBlank @Size(max = 300) String line) {
}
