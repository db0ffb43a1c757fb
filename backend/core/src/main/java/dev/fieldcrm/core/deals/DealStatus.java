package dev.fieldcrm.core.deals;

/** Whether a deal is still worked on; follows the kind of its stage (WON, LOST, anything else = OPEN). */
public enum DealStatus {
    OPEN, WON, LOST;

    public static DealStatus of(StageKind kind) {
        return switch (kind) {
            case WON -> WON;
            case LOST -> LOST;
            default -> OPEN;
        };
    }
}
