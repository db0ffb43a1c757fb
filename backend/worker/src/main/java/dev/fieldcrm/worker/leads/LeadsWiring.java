package dev.fieldcrm.worker.leads;

import dev.fieldcrm.core.dynamo.CoreServices;
import dev.fieldcrm.core.dynamo.InboundServices;
import dev.fieldcrm.core.leads.InboundProcessing;
import dev.fieldcrm.core.leads.IntakeTerms;
import dev.fieldcrm.core.leads.LeadAssigner;
import dev.fieldcrm.core.reminders.Notifications;
import dev.fieldcrm.core.shared.Role;
import dev.fieldcrm.core.users.User;
import dev.fieldcrm.core.users.UserStore;
import dev.fieldcrm.worker.config.WorkerConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.time.Clock;
import java.util.Comparator;

/**
 * Lead capture in the worker: the stream listener that processes each inbound request the public endpoints store.
 *
 * <p>Until the tenant lead settings and the assignment engine (issue 6, {@code h5-assign}) are merged, the terms are
 * {@link IntakeTerms#defaults()} with the worker's default phone region, and the assigner is the interim one below.
 */
@ApplicationScoped
public class LeadsWiring {

    @Produces @Singleton IntakeTerms.Source intakeTerms(WorkerConfig config) {
        IntakeTerms defaults = IntakeTerms.defaults();
        IntakeTerms terms = new IntakeTerms(config.defaultPhoneRegion(), defaults.createClients(), defaults.contactDeadline());
        return tenantId -> terms;
    }

    /** Interim: the routing's owner when active, else the first active rep (by id) — one Query of the directory. */
    @Produces @Singleton LeadAssigner interimAssigner(CoreServices core) {
        UserStore users = core.users();
        return (tenantId, fields, routing) -> {
            var active = users.list(tenantId).stream().filter(User::active).toList();
            if (routing != null && routing.ownerId() != null
                    && active.stream().anyMatch(u -> u.id().equals(routing.ownerId()))) {
                return routing.ownerId();
            }
            return active.stream().filter(u -> u.roles().contains(Role.REP))
                    .min(Comparator.comparing(User::id)).map(User::id).orElse(null);
        };
    }

    @Produces @Singleton InboundProcessing inboundProcessing(DynamoDbClient dynamo, WorkerConfig config, CoreServices core,
                                                            IntakeTerms.Source terms, LeadAssigner assigner,
                                                            Notifications notifications, Clock clock) {
        return InboundServices.processing(dynamo, config.table(), core, terms, assigner, notifications, clock);
    }
}
