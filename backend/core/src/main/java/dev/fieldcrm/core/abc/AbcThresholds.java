package dev.fieldcrm.core.abc;

import com.fasterxml.jackson.annotation.JsonFormat;
import dev.fieldcrm.core.shared.ValidationFailed;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;

import java.math.BigDecimal;

/**
 * Where the classes of an ABC analysis end, as shares of the total in percent: A are the top clients that together
 * bring {@code aShare} (classically 80 %), B the next ones up to {@code aShare + bShare} (80 + 15 = 95 %), C the rest.
 */
public record AbcThresholds(
        @JsonFormat(shape = JsonFormat.Shape.STRING) @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("100") BigDecimal aShare,
        @JsonFormat(shape = JsonFormat.Shape.STRING) @NotNull @DecimalMin("0") @DecimalMax("100") BigDecimal bShare) {

    public static final AbcThresholds CLASSIC = new AbcThresholds(new BigDecimal("80"), new BigDecimal("15"));

    public AbcThresholds {
        if (aShare == null || bShare == null || aShare.signum() <= 0 || bShare.signum() < 0
                || aShare.add(bShare).compareTo(BigDecimal.valueOf(100)) > 0) {
            throw ValidationFailed.of("thresholds", "A must be above 0 %, B at least 0 %, and A + B at most 100 %");
        }
    }
}
