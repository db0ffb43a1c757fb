package dev.fieldcrm.core.clients;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** The client's contract; the owner is reminded {@code prolongationReminderDays} before it ends. */
public record Contract(@Size(max = 60) String number,
                       LocalDate start,
                       LocalDate end,
                       @Min(0) @Max(365) Integer prolongationReminderDays) {
}
