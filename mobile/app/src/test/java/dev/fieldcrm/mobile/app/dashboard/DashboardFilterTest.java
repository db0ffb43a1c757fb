package dev.fieldcrm.mobile.app.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.fieldcrm.mobile.core.api.Json;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DashboardFilterTest {
    private static final LocalDate FROM = LocalDate.parse("2026-12-01");
    private static final LocalDate TO = LocalDate.parse("2026-12-07");

    @Test
    void theDashboardPathCarriesOnlyTheChosenFilters_encoded() {
        assertThat(DashboardFilter.ALL.path(FROM, TO)).isEqualTo("/api/v1/reports/dashboard?from=2026-12-01&to=2026-12-07");
        assertThat(DashboardFilter.ALL.withTeam("north & co").withRep("r1").path(FROM, TO))
                .isEqualTo("/api/v1/reports/dashboard?from=2026-12-01&to=2026-12-07&team=north+%26+co&rep=r1");
    }

    @Test
    void choosingAnotherTeamClearsTheRep() {
        assertThat(DashboardFilter.ALL.withTeam("north").withRep("anna").withTeam("south"))
                .isEqualTo(new DashboardFilter("south", null));
    }

    @Test
    void theRosterOffersActiveRepsByNameAndTheirTeams() {
        ArrayNode users = Json.mapper().createArrayNode();
        users.addObject().put("id", "b").put("name", "Boris").put("teamId", "south").putArray("roles").add("rep");
        users.addObject().put("id", "a").put("name", "anna").put("teamId", "north").putArray("roles").add("rep");
        users.addObject().put("id", "m").put("name", "Maria").putArray("roles").add("manager");
        users.addObject().put("id", "x").put("name", "Gone").put("active", false).put("teamId", "west")
                .putArray("roles").add("rep");

        TeamRoster roster = TeamRoster.read(users);

        assertThat(roster.reps(null)).extracting(TeamRoster.Member::id).containsExactly("a", "b");
        assertThat(roster.teams()).containsExactly("north", "south");
        assertThat(roster.reps("south")).extracting(TeamRoster.Member::name).containsExactly("Boris");
        assertThat(roster.nameOf("b")).isEqualTo("Boris");
    }
}
