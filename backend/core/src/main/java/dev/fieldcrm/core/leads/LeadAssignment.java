package dev.fieldcrm.core.leads;

import dev.fieldcrm.core.users.User;
import dev.fieldcrm.core.users.UserStore;

/**
 * The assignment engine on its stores: reads the settings and the tenant's users, lets {@link AssignmentRules}
 * choose, and takes a pool's turn from its atomic counter. DynamoDB calls: a fixed active owner costs one GetItem;
 * otherwise GetItem (settings, unless given) + Query (users) + one UpdateItem when a pool takes a turn.
 */
public final class LeadAssignment implements LeadAssigner {
    private final LeadSettingsQueries settings;
    private final UserStore users;
    private final RoundRobinCounter counter;

    public LeadAssignment(LeadSettingsQueries settings, UserStore users, RoundRobinCounter counter) {
        this.settings = settings;
        this.users = users;
        this.counter = counter;
    }

    /** Reads the settings itself, unless the routing's fixed owner is active (then one GetItem in all). */
    public String assign(String tenantId, LeadFields fields, LeadRouting routing) {
        if (routing != null && routing.ownerId() != null
                && users.find(tenantId, routing.ownerId()).filter(User::active).isPresent()) {
            return routing.ownerId();
        }
        return assign(tenantId, fields, routing, settings.get(tenantId));
    }

    /** The same, with the settings the caller has already read (saves their GetItem). */
    @Override
    public String assign(String tenantId, LeadFields fields, LeadRouting routing, LeadSettings tenantSettings) {
        return switch (AssignmentRules.choose(tenantSettings, users.list(tenantId), fields, routing)) {
            case AssignmentRules.Person p -> p.userId();
            case AssignmentRules.Turn t -> t.memberAt(counter.next(tenantId, t.poolId()));
            case AssignmentRules.Nobody n -> null;
        };
    }
}
