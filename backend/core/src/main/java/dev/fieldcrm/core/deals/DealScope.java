package dev.fieldcrm.core.deals;

import dev.fieldcrm.core.shared.Caller;
import dev.fieldcrm.core.shared.Pages;
import dev.fieldcrm.core.shared.Role;
import dev.fieldcrm.core.users.User;
import dev.fieldcrm.core.users.UserStore;

import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * Every deal a caller may see, read list by list with Queries (never a Scan), for exports: a rep's own (GSI3, deals
 * by owner), a manager's team (GSI4, deals by team; a manager without a team: own), an admin's tenant — as for
 * clients, each team's list plus the own list of every user without a team (one Query of the user directory first).
 * A deal whose owner and team no longer match the directory is found through its team's list while that team has a
 * user; each deal is given once.
 */
public final class DealScope {
    private final DealQueries deals;
    private final UserStore users;

    public DealScope(DealQueries deals, UserStore users) {
        this.deals = deals;
        this.users = users;
    }

    public void forEach(Caller caller, Consumer<Deal> action) {
        String tenant = caller.tenantId();
        Set<String> seen = new HashSet<>();
        Consumer<Deal> once = deal -> {
            if (seen.add(deal.id())) {
                action.accept(deal);
            }
        };
        if (caller.is(Role.ADMIN)) {
            Set<String> teams = new TreeSet<>();
            for (User user : users.list(tenant)) {
                if (user.teamId() != null) {
                    teams.add(user.teamId());
                } else {
                    Pages.each(page -> deals.byOwner(tenant, user.id(), null, page), once);
                }
            }
            if (caller.teamId() != null) {
                teams.add(caller.teamId());
            }
            for (String team : teams) {
                Pages.each(page -> deals.byTeam(tenant, team, null, page), once);
            }
            Pages.each(page -> deals.byOwner(tenant, caller.userId(), null, page), once);
        } else if (caller.is(Role.MANAGER) && caller.teamId() != null) {
            Pages.each(page -> deals.byTeam(tenant, caller.teamId(), null, page), once);
        } else {
            Pages.each(page -> deals.byOwner(tenant, caller.userId(), null, page), once);
        }
    }
}
