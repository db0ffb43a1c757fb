package dev.fieldcrm.mobile.app.attention;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fieldcrm.mobile.core.api.Json;
import org.junit.jupiter.api.Test;

class FieldDifferenceTest {
    @Test
    void showsEachFieldOfMyChange_besideTheServersValue() throws Exception {
        JsonNode mine = Json.mapper().readTree("{\"dueAt\":\"2026-12-08T07:00:00Z\",\"place\":{\"city\":\"Tver\"}}");
        JsonNode theirs = Json.mapper().readTree(
                "{\"dueAt\":\"2026-12-07T08:00:00Z\",\"title\":\"Call\",\"place\":{\"city\":\"Tver\"}}");

        assertThat(FieldDifference.of(mine, theirs)).containsExactly(
                new FieldDifference("dueAt", "2026-12-08T07:00:00Z", "2026-12-07T08:00:00Z"),
                new FieldDifference("place.city", "Tver", "Tver"));
        assertThat(FieldDifference.of(mine, theirs).get(0).differs()).isTrue();
        assertThat(FieldDifference.of(mine, theirs).get(1).differs()).isFalse();
    }

    @Test
    void withoutTheServersVersion_theirSideIsEmpty() throws Exception {
        JsonNode mine = Json.mapper().readTree("{\"summary\":\"Visited\"}");
        assertThat(FieldDifference.of(mine, null)).containsExactly(new FieldDifference("summary", "Visited", ""));
    }
}
