package dev.fieldcrm.core.clients;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Size;

/** Where the client is; lat/lon feed route planning on the phone. */
public record Geography(@Size(max = 100) String country,
                        @Size(max = 100) String region,
                        @Size(max = 100) String city,
                        @Size(max = 300) String address,
                        @DecimalMin("-90") @DecimalMax("90") Double lat,
                        @DecimalMin("-180") @DecimalMax("180") Double lon) {
}
