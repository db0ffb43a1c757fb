package dev.fieldcrm.core.shared;

/** What a caller may do within a tenant. */
public enum Role {
    /** Works own clients, their journal and tasks. */
    REP,
    /** Sees and steers the team's clients and reps. */
    MANAGER,
    /** Manages users, forms and rules of the tenant. */
    ADMIN;

    /** Parses the role names used in tokens ({@code rep}, {@code manager}, {@code admin}); unknown names yield null. */
    public static Role fromClaim(String value) {
        if (value == null) {
            return null;
        }
        return switch (value.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "rep" -> REP;
            case "manager" -> MANAGER;
            case "admin" -> ADMIN;
            default -> null;
        };
    }

    public String claim() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
