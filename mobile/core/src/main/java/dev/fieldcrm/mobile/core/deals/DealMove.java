package dev.fieldcrm.mobile.core.deals;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the rep chose on the Deal screen: the next stage, a reason (required for WON/LOST stages), a return day
 * (FROZEN stages), a comment, and values for the deal fields the stage requires that the deal lacks.
 *
 * @param fields values typed for missing required fields, by the API's field name ({@code amount},
 *               {@code proposalLink}, {@code expectedCloseDate}…); blank values count as not given
 */
public record DealMove(String stageId, String reason, LocalDate returnOn, String comment, Map<String, String> fields) {

    public DealMove {
        fields = fields == null ? Map.of() : Map.copyOf(new LinkedHashMap<>(fields));
    }

    public static DealMove to(String stageId) {
        return new DealMove(stageId, null, null, null, Map.of());
    }

    /** The typed value of a field, stripped, or null when blank or not given. */
    public String value(String field) {
        String value = fields.get(field);
        return value == null || value.isBlank() ? null : value.strip();
    }
}
