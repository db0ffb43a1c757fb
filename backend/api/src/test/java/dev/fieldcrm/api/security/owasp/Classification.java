package dev.fieldcrm.api.security.owasp;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The suite's decision for every operation of the document. Public, id-less and client-scoped operations are
 * recognised by their shape; every other id-taking path must be named here under its path prefix, so a new
 * endpoint fails {@code OperationInventoryTest} until someone has decided whose records it reaches.
 */
public final class Classification {
    private static final String CLIENTS = "/api/v1/clients/{";
    private static final Map<String, Exposure> ID_TAKING = new LinkedHashMap<>();

    static {
        ID_TAKING.put("/api/v1/deals/{", Exposure.OWNER);
        ID_TAKING.put("/api/v1/leads/{", Exposure.OWNER);
        // Failed intake requests have no owner yet: managers and admins of the tenant work them.
        ID_TAKING.put("/api/v1/leads/failed/{", Exposure.ADMIN);
        ID_TAKING.put("/api/v1/plans/{", Exposure.OWNER);
        ID_TAKING.put("/api/v1/users/{", Exposure.OWNER);
        ID_TAKING.put("/api/v1/conditions-packages/{", Exposure.TENANT);
        ID_TAKING.put("/api/v1/pipelines/{", Exposure.TENANT);
        ID_TAKING.put("/api/v1/price-lists/{", Exposure.TENANT);
        ID_TAKING.put("/api/v1/products/{", Exposure.TENANT);
        ID_TAKING.put("/api/v1/exports/{", Exposure.ADMIN);
        ID_TAKING.put("/api/v1/hygiene/reviews/{", Exposure.ADMIN);
        ID_TAKING.put("/api/v1/imports/{", Exposure.ADMIN);
        ID_TAKING.put("/api/v1/integrations/{", Exposure.ADMIN);
        ID_TAKING.put("/api/v1/mailings/{", Exposure.ADMIN);
        ID_TAKING.put("/api/v1/suppressions/{", Exposure.ADMIN);
        ID_TAKING.put("/api/v1/web-forms/{", Exposure.ADMIN);
        ID_TAKING.put("/api/v1/webhooks/{", Exposure.ADMIN);
        ID_TAKING.put("/api/v1/me/devices/{", Exposure.SELF);
        ID_TAKING.put("/api/v1/files/{", Exposure.SELF);
    }

    /**
     * Operations whose path names a key inside the caller's own space (own device, the tenant's built-in
     * pipelines, a month of the caller's own team's plans and their history): a foreign caller reaches its own record of that name, so a 2xx is right for them.
     */
    private static final java.util.Set<String> CALLERS_OWN_KEY = java.util.Set.of(
            "PUT /api/v1/me/devices/{deviceId}", "GET /api/v1/pipelines/{id}", "GET /api/v1/plans/{month}",
            "GET /api/v1/plans/{month}/history");

    /**
     * Single operations whose exposure differs from their prefix's: a review round is the tenant's, and a rep reads
     * it, and its rows, with only their own lines (HygieneReviewResource), so only other tenants are refused — a rep
     * of the tenant rightly sees their own rows of a round other tests made.
     */
    private static final Map<String, Exposure> BY_OPERATION = Map.of(
            "GET /api/v1/hygiene/reviews/{id}", Exposure.TENANT,
            "GET /api/v1/hygiene/reviews/{id}/rows", Exposure.TENANT);

    private Classification() {
    }

    public static Optional<Exposure> of(ApiOperation operation) {
        if (operation.isPublic()) {
            return Optional.of(Exposure.PUBLIC);
        }
        if (!operation.takesIds()) {
            return Optional.of(Exposure.CALLER);
        }
        if (operation.path().startsWith(CLIENTS)) {
            return Optional.of(Exposure.CLIENT);
        }
        if (BY_OPERATION.containsKey(operation.key())) {
            return Optional.of(BY_OPERATION.get(operation.key()));
        }
        return ID_TAKING.entrySet().stream().filter(e -> operation.path().startsWith(e.getKey()))
                .map(Map.Entry::getValue).findFirst();
    }

    public static boolean namesCallersOwnKey(ApiOperation operation) {
        return CALLERS_OWN_KEY.contains(operation.key());
    }

    public static Exposure require(ApiOperation operation) {
        return of(operation).orElseThrow(() -> new IllegalStateException("unclassified: " + operation));
    }
}
