package dev.fieldcrm.mobile.core.deals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fieldcrm.mobile.core.reference.SalesSetup;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The server's rules for a stage move (DealService.move), checked on the phone before anything is queued, so the rep
 * fixes a missing field at the client instead of meeting a 422 in "needs attention" later. The server still checks.
 *
 * <p>Rules: the stage is of the deal's pipeline and not the current one; every field the stage requires
 * ({@code requiredFields}, DealField names) is on the deal or typed now; a WON/LOST stage gets a reason from the
 * tenant's lists; a FROZEN stage gets a future return day. Typed values must be what the API accepts (an amount
 * ≥ 0, links {@code http(s)://…}, a date).
 */
public final class StageRules {
    /** DealField (as in {@code Stage.requiredFields}) → the deal's JSON field. */
    public static final Map<String, String> FIELD_NAMES = Map.of("AMOUNT", "amount", "BUDGET", "budget",
            "PROPOSAL_LINK", "proposalLink", "DEMO_LINK", "demoLink", "CONTACT", "contactId", "CLIENT", "clientId",
            "PARTNER", "partnerId", "SOURCE", "source", "EXPECTED_CLOSE_DATE", "expectedCloseDate");

    private StageRules() {
    }

    /** The API field names the stage requires that the deal has no value for, in the stage's order. */
    public static List<String> missingOnDeal(JsonNode deal, JsonNode stage) {
        List<String> missing = new ArrayList<>();
        for (JsonNode required : stage.path("requiredFields")) {
            String field = FIELD_NAMES.get(required.asText());
            if (field != null && !deal.hasNonNull(field)) {
                missing.add(field);
            }
        }
        return missing;
    }

    /** Every reason the server would refuse this move; empty when it may be queued. */
    public static List<FieldProblem> check(JsonNode deal, DealMove move, SalesSetup setup, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        String pipelineId = deal.path("pipelineId").asText();
        JsonNode stage = setup.stage(pipelineId, move.stageId()).orElse(null);
        if (stage == null || move.stageId().equals(deal.path("stageId").asText())) {
            return List.of(new FieldProblem("stageId", FieldProblem.Kind.INVALID));
        }
        for (String field : missingOnDeal(deal, stage)) {
            String value = move.value(field);
            if (value == null) {
                problems.add(new FieldProblem(field, FieldProblem.Kind.MISSING));
            } else if (!valid(field, value)) {
                problems.add(new FieldProblem(field, FieldProblem.Kind.INVALID));
            }
        }
        String kind = stage.path("kind").asText();
        List<String> reasons = setup.reasonsFor(kind);
        if ((kind.equals("WON") || kind.equals("LOST")) 
                && (move.reason() == null || !reasons.contains(move.reason()))) {
            problems.add(new FieldProblem("reason", FieldProblem.Kind.MISSING));
        }
        if (kind.equals("FROZEN") && (move.returnOn() == null || !move.returnOn().isAfter(today))) {
            problems.add(new FieldProblem("returnOn", FieldProblem.Kind.MISSING));
        }
        return problems;
    }

    private static boolean valid(String field, String value) {
        return switch (field) {
            case "amount", "budget" -> amount(value) != null;
            case "proposalLink", "demoLink" -> value.matches("https?://\\S+") && value.length() <= 2000;
            case "expectedCloseDate" -> date(value) != null;
            default -> value.length() <= 60 || field.endsWith("Id") && value.length() <= 26;
        };
    }

    /** A money amount as typed ("1 250,50" or "1250.50"), or null when it is not one the API accepts. */
    public static BigDecimal amount(String typed) {
        try {
            BigDecimal amount = new BigDecimal(typed.replaceAll("[\\s\u00a0]", "").replace(',', '.'));
            return amount.signum() < 0 || amount.scale() > 4 ? null : amount;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static LocalDate date(String typed) {
        try {
            return LocalDate.parse(typed);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
