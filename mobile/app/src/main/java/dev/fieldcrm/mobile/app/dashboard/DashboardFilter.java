package dev.fieldcrm.mobile.app.dashboard;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/**
 * What the manager narrowed the dashboard to: a team, a rep, both or neither (the whole tenant as the manager's
 * role allows; the API scopes it further, a manager never sees another tenant).
 *
 * @param teamId null for every team
 * @param repId  null for every rep
 */
public record DashboardFilter(String teamId, String repId) {
    public static final DashboardFilter ALL = new DashboardFilter(null, null);

    /** {@code GET /api/v1/reports/dashboard} for the period and this filter. */
    public String path(LocalDate from, LocalDate to) {
        StringBuilder path = new StringBuilder("/api/v1/reports/dashboard?from=").append(from).append("&to=").append(to);
        if (teamId != null) {
            path.append("&team=").append(URLEncoder.encode(teamId, StandardCharsets.UTF_8));
        }
        if (repId != null) {
            path.append("&rep=").append(URLEncoder.encode(repId, StandardCharsets.UTF_8));
        }
        return path.toString();
    }

    public DashboardFilter withTeam(String team) {
        return new DashboardFilter(team, null);
    }

    public DashboardFilter withRep(String rep) {
        return new DashboardFilter(teamId, rep);
    }
}
