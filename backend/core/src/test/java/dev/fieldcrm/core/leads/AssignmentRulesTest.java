package dev.fieldcrm.core.leads;

import dev.fieldcrm.core.leads.AssignmentRules.Nobody;
import dev.fieldcrm.core.leads.AssignmentRules.Person;
import dev.fieldcrm.core.leads.AssignmentRules.Turn;
import dev.fieldcrm.core.shared.Role;
import dev.fieldcrm.core.users.User;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class AssignmentRulesTest {
    private static final List<User> USERS = List.of(
            user("rep-b", Role.REP, "east", true),
            user("rep-a", Role.REP, "east", true),
            user("rep-c", Role.REP, "west", true),
            user("rep-off", Role.REP, "east", false),
            user("mgr", Role.MANAGER, "east", true),
            user("adm", Role.ADMIN, null, true));

    private static User user(String id, Role role, String team, boolean active) {
        return new User(id, id, id + "@example.com", Set.of(role), team, "UTC", "en", active, 1);
    }

    private static LeadFields from(String country, String region, String city) {
        return new LeadFields("Ivan", null, "ivan@example.com", null, country, region, city, null, null, null);
    }

    private static LeadSettings rules(TerritoryRule... rules) {
        return new LeadSettings(null, null, 15, null, List.of(rules), null, 1);
    }

    private static LeadSettings pool(RoundRobinPool pool) {
        return new LeadSettings(null, null, 15, null, List.of(), pool, 1);
    }

    private static final LeadFields ANYWHERE = from(null, null, null);
    private static final LeadRouting NO_ROUTING = new LeadRouting(null, null, null, null, null);

    @Test
    void territoryCities_matchFolded_caseHyphensAndYoDoNotMatter() {
        LeadSettings settings = rules(new TerritoryRule(null, null, "Санкт-Петербург", "rep-c", null),
                new TerritoryRule("RU", null, "Орёл", "rep-a", null));
        assertThat(AssignmentRules.choose(settings, USERS, from(null, null, "санкт петербург"), NO_ROUTING))
                .isEqualTo(new Person("rep-c"));
        assertThat(AssignmentRules.choose(settings, USERS, from("ru", null, "ОРЕЛ"), NO_ROUTING))
                .isEqualTo(new Person("rep-a"));
    }

    @Test
    void theFirstMatchingRuleWins_andGivenPartsMustAllMatch() {
        LeadSettings settings = rules(
                new TerritoryRule("RU", "Moscow Oblast", null, "rep-a", null),
                new TerritoryRule("RU", null, null, "rep-b", null),
                new TerritoryRule(null, "Moscow Oblast", null, "rep-c", null));
        assertThat(AssignmentRules.choose(settings, USERS, from("RU", "Moscow oblast", "Khimki"), NO_ROUTING))
                .isEqualTo(new Person("rep-a"));
        assertThat(AssignmentRules.choose(settings, USERS, from("RU", "Tver Oblast", null), NO_ROUTING))
                .isEqualTo(new Person("rep-b"));
        assertThat(AssignmentRules.choose(settings, USERS, from("KZ", "Moscow Oblast", null), NO_ROUTING))
                .isEqualTo(new Person("rep-c"));
    }

    @Test
    void aPlaceTheLeadDidNotGive_matchesNoRuleThatNamesIt() {
        LeadSettings settings = rules(new TerritoryRule(null, null, "Kazan", "rep-c", null));
        assertThat(AssignmentRules.choose(settings, USERS, ANYWHERE, NO_ROUTING))
                .isEqualTo(new Turn("ALL", List.of("rep-a", "rep-b", "rep-c")));
    }

    @Test
    void aTeamTarget_isRoundRobinAmongTheTeamsActiveReps_sortedById() {
        LeadSettings settings = rules(new TerritoryRule(null, null, "Vladivostok", null, "east"));
        Turn turn = (Turn) AssignmentRules.choose(settings, USERS, from(null, null, "Vladivostok"), NO_ROUTING);
        assertThat(turn).isEqualTo(new Turn("TEAM#east", List.of("rep-a", "rep-b")));
        assertThat(List.of(turn.memberAt(1), turn.memberAt(2), turn.memberAt(3))).containsExactly("rep-b", "rep-a", "rep-b");
    }

    @Test
    void aRuleWhoseRepIsDisabled_orWhoseTeamHasNobodyActive_isPassedOver() {
        LeadSettings settings = rules(
                new TerritoryRule(null, null, "Omsk", "rep-off", null),
                new TerritoryRule(null, null, "Omsk", null, "north"),
                new TerritoryRule(null, null, "Omsk", "rep-c", null));
        assertThat(AssignmentRules.choose(settings, USERS, from(null, null, "Omsk"), NO_ROUTING))
                .isEqualTo(new Person("rep-c"));
    }

    @Test
    void aFixedActiveOwnerOfTheRouting_goesFirst_aDisabledOneIsIgnored() {
        LeadSettings settings = rules(new TerritoryRule(null, null, "Omsk", "rep-c", null));
        assertThat(AssignmentRules.choose(settings, USERS, from(null, null, "Omsk"), new LeadRouting(null, null, null, "mgr", null)))
                .isEqualTo(new Person("mgr"));
        assertThat(AssignmentRules.choose(settings, USERS, from(null, null, "Omsk"), new LeadRouting(null, null, null, "rep-off", null)))
                .isEqualTo(new Person("rep-c"));
    }

    @Test
    void theRoutingsTeam_restrictsTheRoundRobin() {
        assertThat(AssignmentRules.choose(LeadSettings.defaults(), USERS, ANYWHERE, new LeadRouting(null, null, null, null, "west")))
                .isEqualTo(new Turn("TEAM#west", List.of("rep-c")));
    }

    @Test
    void thePool_isAllActiveReps_byDefault_orTheListed_orOneTeam_neverADisabledUser() {
        assertThat(AssignmentRules.choose(LeadSettings.defaults(), USERS, ANYWHERE, NO_ROUTING))
                .isEqualTo(new Turn("ALL", List.of("rep-a", "rep-b", "rep-c")));
        assertThat(AssignmentRules.choose(pool(RoundRobinPool.users(List.of("rep-c", "mgr", "rep-off"))), USERS, ANYWHERE, null))
                .isEqualTo(new Turn("LIST", List.of("mgr", "rep-c")));
        assertThat(AssignmentRules.choose(pool(RoundRobinPool.team("east")), USERS, ANYWHERE, NO_ROUTING))
                .isEqualTo(new Turn("TEAM#east", List.of("rep-a", "rep-b")));
    }

    @Test
    void anEmptyPool_fallsBackToAllReps_thenManagers_thenAdmins_thenNobody() {
        LeadSettings onlyDisabled = pool(RoundRobinPool.users(List.of("rep-off")));
        assertThat(AssignmentRules.choose(onlyDisabled, USERS, ANYWHERE, NO_ROUTING))
                .isEqualTo(new Turn("ALL", List.of("rep-a", "rep-b", "rep-c")));
        List<User> noReps = USERS.stream().filter(u -> !u.roles().contains(Role.REP)).toList();
        assertThat(AssignmentRules.choose(onlyDisabled, noReps, ANYWHERE, NO_ROUTING))
                .isEqualTo(new Turn("MANAGERS", List.of("mgr")));
        assertThat(AssignmentRules.choose(onlyDisabled, List.of(USERS.get(5)), ANYWHERE, NO_ROUTING))
                .isEqualTo(new Turn("ADMINS", List.of("adm")));
        assertThat(AssignmentRules.choose(onlyDisabled, List.of(USERS.get(3)), ANYWHERE, NO_ROUTING))
                .isEqualTo(new Nobody());
    }
}
