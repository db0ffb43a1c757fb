package dev.fieldcrm.core.analytics;

import dev.fieldcrm.core.journal.InteractionType;

import java.time.LocalDate;

/**
 * The names of the counters on a monthly aggregate item (documented in docs/data-model.md, "Analytics"). Parts are
 * joined with {@code #}; a part taken from tenant data (a source, a reason) has its {@code #} replaced so names stay
 * parseable. Readers go through {@link MonthAggregate}, never through the raw names.
 */
public final class AggregateNames {
    static final String SEP = "#";
    public static final String DEALS_CREATED = "deals#created#";
    public static final String STAGE_IN = "stage#in#";
    public static final String STAGE_OUT = "stage#out#";
    /** Seconds spent in a stage, summed when deals leave it (divided by {@code stage#out#} gives the average). */
    public static final String STAGE_TIME = "stage#time#";
    public static final String SOURCE_LEADS = "src#leads#";
    public static final String SOURCE_DEALS = "src#deals#";
    public static final String SOURCE_WON = "src#won#";
    public static final String SOURCE_WON_AMOUNT = "src#wonAmt#";
    public static final String PARTNER_DEALS = "partner#deals#";
    public static final String PARTNER_WON = "partner#won#";
    public static final String PARTNER_WON_AMOUNT = "partner#wonAmt#";
    public static final String LOST = "lost#";
    public static final String WON_COUNT = "won#n";
    public static final String WON_AMOUNT = "won#amt#";
    public static final String ACTIVITY = "act#";
    public static final String STEPS_PLANNED = "steps#planned#";
    public static final String STEPS_DONE = "steps#done#";
    public static final String STEPS_OVERDUE = "steps#overdue#";
    public static final String FACT_NEW_CLIENTS = "fact#newClients";
    public static final String FACT_VISITS = "fact#visits";
    public static final String FACT_ORDERS_COUNT = "fact#orders#n";
    public static final String FACT_ORDERS_AMOUNT = "fact#orders#";
    public static final String FACT_PAID = "fact#paid#";

    private AggregateNames() {
    }

    /** A part of a name taken from tenant data: {@code #} would split it, an absent value is {@code "-"}. */
    public static String part(String value) {
        return value == null || value.isBlank() ? "-" : value.replace('#', '_');
    }

    public static String dealsCreated(String pipelineId) {
        return DEALS_CREATED + part(pipelineId);
    }

    public static String stageIn(String pipelineId, String stageId) {
        return STAGE_IN + part(pipelineId) + SEP + part(stageId);
    }

    public static String stageOut(String pipelineId, String stageId) {
        return STAGE_OUT + part(pipelineId) + SEP + part(stageId);
    }

    public static String stageTime(String pipelineId, String stageId) {
        return STAGE_TIME + part(pipelineId) + SEP + part(stageId);
    }

    public static String sourceLeads(String source) {
        return SOURCE_LEADS + part(source);
    }

    public static String sourceDeals(String source) {
        return SOURCE_DEALS + part(source);
    }

    public static String sourceWon(String source) {
        return SOURCE_WON + part(source);
    }

    public static String sourceWonAmount(String source, String currency) {
        return SOURCE_WON_AMOUNT + part(source) + SEP + currency;
    }

    public static String partnerDeals(String partnerId) {
        return PARTNER_DEALS + part(partnerId);
    }

    public static String partnerWon(String partnerId) {
        return PARTNER_WON + part(partnerId);
    }

    public static String partnerWonAmount(String partnerId, String currency) {
        return PARTNER_WON_AMOUNT + part(partnerId) + SEP + currency;
    }

    public static String lost(String pipelineId, String fromStageId, String reason) {
        return LOST + part(pipelineId) + SEP + part(fromStageId) + SEP + part(reason);
    }

    public static String wonAmount(String currency) {
        return WON_AMOUNT + currency;
    }

    /** Interactions of a type logged on a day (day of month, 2 digits). */
    public static String activity(LocalDate day, InteractionType type) {
        return ACTIVITY + dd(day) + SEP + type.name();
    }

    public static String stepsPlanned(LocalDate day) {
        return STEPS_PLANNED + dd(day);
    }

    public static String stepsDone(LocalDate day) {
        return STEPS_DONE + dd(day);
    }

    public static String stepsOverdue(LocalDate day) {
        return STEPS_OVERDUE + dd(day);
    }

    public static String ordersAmount(String currency) {
        return FACT_ORDERS_AMOUNT + currency;
    }

    public static String paid(String currency) {
        return FACT_PAID + currency;
    }

    static String dd(LocalDate day) {
        return String.format("%02d", day.getDayOfMonth());
    }
}
