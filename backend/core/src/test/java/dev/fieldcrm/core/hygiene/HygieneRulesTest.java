package dev.fieldcrm.core.hygiene;

import dev.fieldcrm.core.clients.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import static dev.fieldcrm.core.hygiene.DealCase.NOW;
import static dev.fieldcrm.core.hygiene.HygieneRule.*;
import static org.assertj.core.api.Assertions.assertThat;

class HygieneRulesTest {

    @Test
    void a_deal_with_everything_in_order_offends_no_rule() {
        assertThat(new DealCase().offences()).isEmpty();
    }

    @Test
    void every_rule_has_a_unique_id_a_severity_and_descriptions_in_russian_and_english() {
        assertThat(Arrays.stream(values()).map(HygieneRule::id).distinct()).hasSize(17);
        assertThat(Arrays.stream(values()).filter(r -> r.severity() == 1)).hasSize(13);
        assertThat(Arrays.stream(values()).filter(r -> r.severity() == 2)).hasSize(4);
        for (HygieneRule rule : values()) {
            assertThat(rule.description(Locale.forLanguageTag("ru"))).isNotBlank().isNotEqualTo(rule.description(Locale.ENGLISH));
            assertThat(HygieneRule.byId(rule.id())).contains(rule);
        }
    }

    @Test
    void a_disabled_rule_is_not_reported() {
        DealCase c = new DealCase();
        c.source = null;
        c.parameters = withDisabled(NO_SOURCE);
        assertThat(c.offences()).doesNotContain(NO_SOURCE);
    }

    @Test
    void an_open_deal_whose_organisation_has_no_open_task_has_no_next_step() {
        DealCase c = new DealCase();
        c.tasks.clear();
        assertThat(c.offences()).containsExactly(NO_NEXT_STEP);
    }

    @Test
    void a_won_deal_needs_no_next_step() {
        DealCase c = new DealCase().at("clients", "won");
        c.tasks.clear();
        assertThat(c.offences()).doesNotContain(NO_NEXT_STEP);
    }

    @Test
    void a_frozen_deal_needs_its_return_task_open() {
        DealCase c = new DealCase().at("clients", "frozen");
        c.returnTaskId = "T-return";
        assertThat(c.offences()).containsExactly(FROZEN_WITHOUT_RETURN);
        c.tasks.add(DealCase.task("T-return", NOW.plus(Duration.ofDays(30))));
        assertThat(c.offences()).isEmpty();
    }

    @Test
    void a_frozen_deal_without_a_return_task_offends_and_is_not_counted_as_missing_a_next_step() {
        DealCase c = new DealCase().at("clients", "frozen");
        c.tasks.clear();
        assertThat(c.offences()).containsExactly(FROZEN_WITHOUT_RETURN);
    }

    @Test
    void an_overdue_task_on_a_deal_in_work_offends_severity_two() {
        DealCase c = new DealCase();
        c.tasks.add(DealCase.task("T-late", NOW.minusSeconds(60)));
        assertThat(c.offences()).containsExactly(OVERDUE_TASKS);
    }

    @Test
    void a_task_due_exactly_now_is_not_overdue() {
        DealCase c = new DealCase();
        c.tasks.add(DealCase.task("T-now", NOW));
        assertThat(c.offences()).isEmpty();
    }

    @Test
    void no_amount_at_proposal_sent_offends() {
        DealCase c = new DealCase().at("clients", "proposal-sent");
        c.amount = null;
        assertThat(c.offences()).containsExactly(NO_AMOUNT);
    }

    @Test
    void a_zero_amount_counts_as_no_amount() {
        DealCase c = new DealCase().at("clients", "negotiation");
        c.amount = new Money(BigDecimal.ZERO, "RUB");
        assertThat(c.offences()).containsExactly(NO_AMOUNT);
    }

    @Test
    void no_amount_before_the_proposal_is_fine() {
        DealCase c = new DealCase().at("clients", "needs-analysed");
        c.amount = null;
        c.budget = null;
        c.proposalLink = null;
        c.demoLink = null;
        assertThat(c.offences()).isEmpty();
    }

    @Test
    void a_lost_deal_did_not_reach_the_proposal_whatever_its_position() {
        DealCase c = new DealCase().at("clients", "lost");
        c.amount = null;
        c.proposalLink = null;
        assertThat(c.offences()).isEmpty();
    }

    @Test
    void the_configured_required_fields_must_be_filled_at_proposal_sent_or_later() {
        DealCase c = new DealCase().at("clients", "proposal-sent");
        c.budget = null;
        assertThat(c.offences()).containsExactly(REQUIRED_FIELDS_EMPTY);
    }

    @Test
    void a_won_deal_reached_the_proposal_stage() {
        DealCase c = new DealCase().at("clients", "won");
        c.proposalLink = null;
        assertThat(c.offences()).containsExactly(NO_PROPOSAL_LINK);
    }

    @Test
    void no_demo_link_at_demo_done_offends_but_not_one_stage_before() {
        DealCase c = new DealCase().at("clients", "demo-done");
        c.demoLink = null;
        assertThat(c.offences()).containsExactly(NO_DEMO_LINK);
        assertThat(new DealCase().at("clients", "proposal-sent").offences()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"test", "Тест 2", "Новая сделка", "сделка", "???", "---", "ааааа", "asdfgh", "  Deal 12 "})
    void a_placeholder_deal_title_offends(String title) {
        DealCase c = new DealCase();
        c.title = title;
        assertThat(c.offences()).containsExactly(PLACEHOLDER_NAME);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Тестомес для пекарни", "Поставка 12 кофемашин", "ООО Ёлка", "Deal with Acme"})
    void a_real_name_that_merely_contains_a_placeholder_word_is_fine(String title) {
        DealCase c = new DealCase();
        c.title = title;
        assertThat(c.offences()).isEmpty();
    }

    @Test
    void a_placeholder_contact_or_organisation_name_offends_too() {
        DealCase contact = new DealCase();
        contact.contactName = "контакт";
        assertThat(contact.offences()).containsExactly(PLACEHOLDER_NAME);
        DealCase organisation = new DealCase();
        organisation.clientName = "Организация 1";
        assertThat(organisation.offences()).containsExactly(PLACEHOLDER_NAME);
    }

    @Test
    void an_organisation_from_a_partner_without_the_partner_set_offends() {
        DealCase c = new DealCase();
        c.clientName = "ИП Смирнов (от партнёра)";
        assertThat(c.offences()).containsExactly(PARTNER_NOT_SET);
        c.partnerId = "C-partner";
        assertThat(c.offences()).isEmpty();
    }

    @Test
    void the_partner_marker_matches_with_e_for_yo() {
        DealCase c = new DealCase();
        c.clientName = "ИП Смирнов от партнера";
        assertThat(c.offences()).containsExactly(PARTNER_NOT_SET);
    }

    @Test
    void an_organisation_owned_by_another_rep_offends() {
        DealCase c = new DealCase();
        c.clientOwner = "ivan";
        assertThat(c.offences()).containsExactly(OWNERS_DIFFER);
    }

    @Test
    void no_source_offends() {
        DealCase c = new DealCase();
        c.source = " ";
        assertThat(c.offences()).containsExactly(NO_SOURCE);
    }

    @Test
    void an_open_deal_without_organisation_offends_in_the_clients_pipeline() {
        DealCase c = new DealCase();
        c.hasClient = false;
        // No organisation also means no next step can be planned for it.
        assertThat(c.offences()).containsExactlyInAnyOrder(NO_ORGANISATION, NO_NEXT_STEP);
    }

    @Test
    void a_closed_deal_without_organisation_is_not_reported() {
        DealCase c = new DealCase().at("clients", "lost");
        c.hasClient = false;
        assertThat(c.offences()).isEmpty();
    }

    @Test
    void an_organisation_in_the_partners_pipeline_must_be_an_agency() {
        DealCase c = new DealCase().at("partners", "negotiation");
        assertThat(c.offences()).containsExactly(PARTNER_NOT_AGENCY);
        c.segment = "Agency";
        assertThat(c.offences()).isEmpty();
    }

    @Test
    void a_partner_managers_client_deal_after_the_demo_needs_an_agency_or_a_partner() {
        DealCase c = new DealCase().at("clients", "demo-done");
        c.parameters = withPartnerManagers("anna");
        assertThat(c.offences()).containsExactly(PARTNER_MANAGER_DEAL);
        c.partnerId = "C-partner";
        assertThat(c.offences()).isEmpty();
    }

    @Test
    void a_partner_managers_deal_before_the_demo_is_fine() {
        DealCase c = new DealCase().at("clients", "proposal-sent");
        c.parameters = withPartnerManagers("anna");
        assertThat(c.offences()).isEmpty();
    }

    @Test
    void an_organisation_without_city_and_country_offends_but_one_of_them_is_enough() {
        DealCase c = new DealCase();
        c.city = null;
        c.country = "";
        assertThat(c.offences()).containsExactly(NO_CITY_COUNTRY);
        c.country = "Россия";
        assertThat(c.offences()).isEmpty();
    }

    @Test
    void exactly_seven_days_in_accepted_is_allowed_and_a_second_more_is_not() {
        DealCase c = new DealCase().at("clients", "accepted");
        c.stageEnteredAt = NOW.minus(Duration.ofDays(7));
        assertThat(c.offences()).isEmpty();
        c.stageEnteredAt = NOW.minus(Duration.ofDays(7)).minusSeconds(1);
        assertThat(c.offences()).containsExactly(STUCK_IN_ACCEPTED);
    }

    @Test
    void exactly_two_weeks_without_progress_is_allowed_and_a_second_more_is_not() {
        DealCase c = new DealCase();
        c.stageEnteredAt = NOW.minus(Duration.ofDays(14));
        assertThat(c.offences()).isEmpty();
        c.stageEnteredAt = NOW.minus(Duration.ofDays(14)).minusSeconds(1);
        assertThat(c.offences()).containsExactly(NO_PROGRESS);
    }

    @Test
    void a_running_fourteen_day_trial_is_not_stale_until_it_ends() {
        DealCase c = new DealCase().at("clients", "trial");
        c.stageEnteredAt = NOW.minus(Duration.ofDays(15));
        c.trialEndsAt = LocalDate.of(2026, 12, 7);
        assertThat(c.offences()).isEmpty();
        c.trialEndsAt = LocalDate.of(2026, 12, 6);
        assertThat(c.offences()).containsExactly(NO_PROGRESS);
    }

    @Test
    void a_closed_deal_is_never_stale() {
        DealCase c = new DealCase().at("clients", "won");
        c.stageEnteredAt = NOW.minus(Duration.ofDays(200));
        assertThat(c.offences()).isEmpty();
    }

    private static HygieneParameters withDisabled(HygieneRule rule) {
        HygieneParameters d = HygieneParameters.defaults();
        return new HygieneParameters(EnumSet.of(rule), d.acceptedStageId(), d.proposalStageId(), d.demoStageId(),
                d.acceptedMaxDays(), d.staleDays(), d.requiredAtProposal(), d.placeholderNames(), d.partnerNameMarkers(),
                d.agencySegment(), d.partnerManagerIds());
    }

    private static HygieneParameters withPartnerManagers(String... ids) {
        HygieneParameters d = HygieneParameters.defaults();
        return new HygieneParameters(d.disabled(), d.acceptedStageId(), d.proposalStageId(), d.demoStageId(),
                d.acceptedMaxDays(), d.staleDays(), d.requiredAtProposal(), d.placeholderNames(), d.partnerNameMarkers(),
                d.agencySegment(), Set.of(ids));
    }
}
