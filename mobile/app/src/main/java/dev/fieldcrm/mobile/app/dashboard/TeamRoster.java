package dev.fieldcrm.mobile.app.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Who the manager can filter the dashboard by, from {@code GET /api/v1/users}: the active reps and the teams they
 * are in (the API exposes teams only as users' {@code teamId}).
 */
public record TeamRoster(List<Member> members) {

    /** A rep as the pickers show them. */
    public record Member(String id, String name, String teamId) {
    }

    public TeamRoster {
        members = List.copyOf(members);
    }

    public static TeamRoster empty() {
        return new TeamRoster(List.of());
    }

    /** Active users with the rep role; a user without a name shows its id. */
    public static TeamRoster read(JsonNode users) {
        List<Member> reps = new ArrayList<>();
        for (JsonNode user : users.isArray() ? users : users.path("items")) {
            boolean rep = false;
            for (JsonNode role : user.path("roles")) {
                rep |= "rep".equalsIgnoreCase(role.asText());
            }
            if (rep && user.path("active").asBoolean(true)) {
                String id = user.path("id").asText();
                reps.add(new Member(id, user.path("name").asText(id), user.path("teamId").asText(null)));
            }
        }
        reps.sort(java.util.Comparator.comparing(Member::name, String.CASE_INSENSITIVE_ORDER));
        return new TeamRoster(reps);
    }

    /** The teams the reps are in, sorted. */
    public List<String> teams() {
        TreeSet<String> teams = new TreeSet<>();
        members.stream().map(Member::teamId).filter(Objects::nonNull).forEach(teams::add);
        return List.copyOf(teams);
    }

    /** The reps of {@code teamId}, or all reps when it is null. */
    public List<Member> reps(String teamId) {
        return members.stream().filter(m -> teamId == null || teamId.equals(m.teamId())).toList();
    }

    public String nameOf(String repId) {
        return members.stream().filter(m -> m.id().equals(repId)).map(Member::name).findFirst().orElse(repId);
    }
}
