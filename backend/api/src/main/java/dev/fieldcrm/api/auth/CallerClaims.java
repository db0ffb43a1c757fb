package dev.fieldcrm.api.auth;

import dev.fieldcrm.api.errors.Unauthenticated;
import dev.fieldcrm.core.shared.Caller;
import dev.fieldcrm.core.shared.Role;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Verified token claims → {@link Caller}. The claim names are Cognito's, so the local dev token and the
 * API Gateway JWT authorizer produce the same caller:
 * {@code sub}, {@code custom:tenant}, {@code cognito:groups} (roles), {@code custom:team}, {@code zoneinfo}.
 */
public final class CallerClaims {
    public static final String TENANT = "custom:tenant";
    public static final String TEAM = "custom:team";
    public static final String GROUPS = "cognito:groups";
    public static final String ZONE = "zoneinfo";

    private CallerClaims() {
    }

    public static Caller toCaller(Map<String, ?> claims) {
        String subject = text(claims.get("sub"));
        String tenant = text(claims.get(TENANT));
        if (subject == null || tenant == null) {
            throw new Unauthenticated("the token has no subject or no tenant");
        }
        Set<Role> roles = roles(claims.get(GROUPS));
        if (roles.isEmpty()) {
            throw new Unauthenticated("the token grants no FieldCRM role");
        }
        return new Caller(tenant, subject, roles, text(claims.get(TEAM)), zone(text(claims.get(ZONE))));
    }

    /**
     * Groups arrive as a JSON array from a verified token, but API Gateway's authorizer flattens arrays into
     * a string such as {@code [manager rep]}; both are accepted.
     */
    static Set<Role> roles(Object groups) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (groups instanceof Collection<?> list) {
            list.forEach(g -> add(roles, String.valueOf(g)));
        } else if (groups != null) {
            for (String name : groups.toString().replaceAll("[\\[\\]\"]", " ").split("[\\s,]+")) {
                add(roles, name);
            }
        }
        return roles;
    }

    private static void add(Set<Role> roles, String name) {
        Role role = Role.fromClaim(name);
        if (role != null) {
            roles.add(role);
        }
    }

    private static ZoneId zone(String id) {
        if (id == null) {
            return ZoneId.of("UTC");
        }
        try {
            return ZoneId.of(id);
        } catch (DateTimeException e) {
            return ZoneId.of("UTC");
        }
    }

    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        String s = value.toString().strip();
        return s.isEmpty() ? null : s;
    }
}
