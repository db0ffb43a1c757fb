package dev.fieldcrm.core.clients;

import jakarta.validation.constraints.Size;

/** Legal requisites; the tax id is unique within a tenant. */
public record Requisites(@Size(max = 32) String taxId,
                         @Size(max = 32) String registrationNumber,
                         @Size(max = 64) String bankAccount,
                         @Size(max = 200) String bankName) {
}
