package dev.fieldcrm.core.deals;

import java.util.List;

import static dev.fieldcrm.core.deals.DealField.AMOUNT;
import static dev.fieldcrm.core.deals.DealField.BUDGET;
import static dev.fieldcrm.core.deals.DealField.DEMO_LINK;
import static dev.fieldcrm.core.deals.DealField.PROPOSAL_LINK;
import static dev.fieldcrm.core.deals.StageKind.FROZEN;
import static dev.fieldcrm.core.deals.StageKind.LOST;
import static dev.fieldcrm.core.deals.StageKind.OPEN;
import static dev.fieldcrm.core.deals.StageKind.TRIAL;
import static dev.fieldcrm.core.deals.StageKind.WON;

/** What a tenant works with until an admin stores its own pipelines and settings (seeds 002–004). */
public final class SalesDefaults {
    public static final String CLIENTS_PIPELINE = "clients";
    public static final String PARTNERS_PIPELINE = "partners";

    private SalesDefaults() {
    }

    public static List<Pipeline> pipelines() {
        return List.of(
                new Pipeline(CLIENTS_PIPELINE, "Clients", PipelinePurpose.CLIENTS, List.of(
                        Stage.of("new", "New", 5, OPEN),
                        Stage.of("accepted", "Accepted in work", 10, OPEN),
                        Stage.of("needs-analysed", "Needs analysed", 20, OPEN),
                        Stage.of("proposal-sent", "Proposal sent", 40, OPEN, AMOUNT, PROPOSAL_LINK),
                        Stage.of("demo-done", "Demo done", 55, OPEN, AMOUNT, PROPOSAL_LINK, DEMO_LINK),
                        Stage.of("trial", "Free trial", 65, TRIAL),
                        Stage.of("negotiation", "Negotiation", 80, OPEN, AMOUNT, BUDGET),
                        Stage.of("frozen", "Frozen", 0, FROZEN),
                        Stage.of("won", "Won", 100, WON),
                        Stage.of("lost", "Lost", 0, LOST)), 0),
                new Pipeline(PARTNERS_PIPELINE, "Partners", PipelinePurpose.PARTNERS, List.of(
                        Stage.of("new", "New", 10, OPEN),
                        Stage.of("accepted", "Accepted in work", 25, OPEN),
                        Stage.of("negotiation", "Negotiation", 60, OPEN),
                        Stage.of("contract-signed", "Contract signed", 100, WON),
                        Stage.of("frozen", "Frozen", 0, FROZEN),
                        Stage.of("lost", "Lost", 0, LOST)), 0));
    }

    public static SalesSettings settings() {
        return new SalesSettings(
                List.of("inbound-call", "chat", "website-form", "client-referral", "partner", "event", "cold-outreach"),
                List.of("best-price", "product-fit", "relationship", "fast-delivery", "other"),
                List.of("price-too-high", "chose-competitor", "no-budget", "no-decision", "not-our-client", "unreachable", "other"),
                "RUB", null, 0);
    }
}
