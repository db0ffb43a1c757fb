package dev.fieldcrm.core.deals;

/**
 * A deal field a stage may require before a deal enters it. {@link #field()} is the name the API uses, so a
 * refused move lists exactly the fields the caller must fill in.
 */
public enum DealField {
    AMOUNT("amount"),
    BUDGET("budget"),
    PROPOSAL_LINK("proposalLink"),
    DEMO_LINK("demoLink"),
    CONTACT("contactId"),
    CLIENT("clientId"),
    PARTNER("partnerId"),
    SOURCE("source"),
    EXPECTED_CLOSE_DATE("expectedCloseDate");

    private final String field;

    DealField(String field) {
        this.field = field;
    }

    public String field() {
        return field;
    }

    /** Whether the deal has a value for this field. */
    public boolean isFilledIn(Deal deal) {
        return switch (this) {
            case AMOUNT -> deal.amount() != null;
            case BUDGET -> deal.budget() != null;
            case PROPOSAL_LINK -> deal.proposalLink() != null;
            case DEMO_LINK -> deal.demoLink() != null;
            case CONTACT -> deal.contactId() != null;
            case CLIENT -> deal.clientId() != null;
            case PARTNER -> deal.partnerId() != null;
            case SOURCE -> deal.source() != null;
            case EXPECTED_CLOSE_DATE -> deal.expectedCloseDate() != null;
        };
    }
}
