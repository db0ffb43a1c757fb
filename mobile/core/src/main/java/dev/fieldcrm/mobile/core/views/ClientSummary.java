package dev.fieldcrm.mobile.core.views;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fieldcrm.mobile.core.route.GeoPoint;
import dev.fieldcrm.mobile.core.store.LocalRecord;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A client as lists show it, read from the stored client JSON ({@code details.name}, {@code details.phones},
 * {@code details.geography}, {@code lastContactAt}).
 *
 * @param location from {@code details.geography.lat/lon}, or null when the client has no coordinates
 * @param lastContactAt the last interaction's time, or null
 */
public record ClientSummary(String id, String name, String city, List<String> phones, GeoPoint location,
                            Instant lastContactAt, boolean pending) {

    /** Reads the summary from a stored client record. */
    public static ClientSummary of(LocalRecord client) {
        JsonNode data = client.data();
        JsonNode details = data.path("details");
        JsonNode geography = details.path("geography");
        List<String> phones = new ArrayList<>();
        for (JsonNode phone : details.path("phones")) {
            phones.add(phone.asText());
        }
        GeoPoint location = geography.hasNonNull("lat") && geography.hasNonNull("lon")
                ? new GeoPoint(geography.get("lat").asDouble(), geography.get("lon").asDouble()) : null;
        Instant lastContact = data.hasNonNull("lastContactAt") ? Instant.parse(data.get("lastContactAt").asText())
                : null;
        return new ClientSummary(client.id(), details.path("name").asText(""), geography.path("city").asText(null),
                List.copyOf(phones), location, lastContact, client.pending());
    }

    /** The first phone, for the one-tap call, or null. */
    public String phone() {
        return phones.isEmpty() ? null : phones.getFirst();
    }
}
