package dev.fieldcrm.core.reminders;

import dev.fieldcrm.core.events.TenantJob;
import dev.fieldcrm.core.users.User;
import dev.fieldcrm.core.users.UserStore;

import java.util.List;

/**
 * Plans the daily reminders (digest, overdue nudge) of every user of a tenant who has none: users that existed
 * before reminders were deployed, or that were written while nobody listened to the stream (the local run's demo
 * seed). Without it they get no digest until their record or preferences change. No Scan: one Query of the tenant's
 * user partition, then per user the planner's reads; a slot that already holds a pending occurrence is left as it is,
 * so a second run (or a run racing the stream listener) writes nothing.
 */
public final class ReminderBackfill implements TenantJob {
    public static final String NAME = "reminder-backfill";

    private final UserStore users;
    private final ReminderPlanner planner;

    public ReminderBackfill(UserStore users, ReminderPlanner planner) {
        this.users = users;
        this.planner = planner;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public int run(String tenantId) {
        List<User> all = users.list(tenantId);
        all.forEach(user -> planner.planDailyWhereMissing(tenantId, user));
        return all.size();
    }
}
