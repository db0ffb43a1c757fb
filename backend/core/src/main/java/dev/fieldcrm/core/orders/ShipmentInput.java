package dev.fieldcrm.core.orders;

import dev.fieldcrm.core.orders.OrderInput.Line;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;

public record ShipmentInput(@NotNull @Size(min = 1, max = 200) List<@NotNull @Valid Line> lines,
                            @NotNull LocalDate shippedOn) {
}
