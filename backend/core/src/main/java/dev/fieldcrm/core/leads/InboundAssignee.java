package dev.fieldcrm.core.leads;

import dev.fieldcrm.core.users.User;
import dev.fieldcrm.core.users.UserStore;

import java.util.Optional;

/**
 * Who works an inbound request: the existing owner when they are still an active user, else whoever the tenant's
 * {@link LeadAssigner} picks (routing's owner → territory rules → round-robin).
 */
final class InboundAssignee {
    private final LeadAssigner assigner;
    private final UserStore users;

    InboundAssignee(LeadAssigner assigner, UserStore users) {
        this.assigner = assigner;
        this.users = users;
    }

    /** @return the assignee, or empty when the tenant has no active user at all */
    Optional<User> pick(Intake intake, String existingOwnerId) {
        if (existingOwnerId != null) {
            Optional<User> owner = active(intake.tenantId(), existingOwnerId);
            if (owner.isPresent()) {
                return owner;
            }
        }
        String chosen = assigner.assign(intake.tenantId(), intake.request().fields(), intake.request().routing(),
                intake.terms().settings());
        return chosen == null ? Optional.empty() : active(intake.tenantId(), chosen);
    }

    private Optional<User> active(String tenantId, String userId) {
        return users.find(tenantId, userId).filter(User::active);
    }
}
