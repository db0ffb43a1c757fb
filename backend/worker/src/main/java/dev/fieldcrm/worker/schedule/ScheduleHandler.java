package dev.fieldcrm.worker.schedule;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import dev.fieldcrm.core.events.ScheduledJob;
import dev.fieldcrm.core.events.TenantJob;
import io.quarkus.arc.All;
import jakarta.inject.Named;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The EventBridge schedule trigger (once a minute): runs every {@link ScheduledJob}. Jobs find what is due
 * themselves, so one failing job does not keep the others from running; the failure is reported so EventBridge's
 * retry policy (and the DLQ after it) see it, and the next tick catches up anyway.
 *
 * <p>An event whose {@code detail} names a {@code job} and a {@code tenant} runs that one {@link TenantJob} for that
 * tenant instead (an operator's backfill, e.g. {@code {"job": "reminder-backfill", "tenant": "acme"}}); the minute's
 * jobs are left to the minute's own event.
 */
@Named("schedule")
public class ScheduleHandler implements RequestHandler<ScheduledEvent, String> {
    private static final Logger LOG = Logger.getLogger(ScheduleHandler.class);

    private final List<ScheduledJob> jobs;
    private final List<TenantJob> tenantJobs;
    private final Clock clock;

    ScheduleHandler(@All List<ScheduledJob> jobs, @All List<TenantJob> tenantJobs, Clock clock) {
        this.jobs = jobs;
        this.tenantJobs = tenantJobs;
        this.clock = clock;
    }

    @Override
    public String handleRequest(ScheduledEvent event, Context context) {
        Map<String, Object> detail = event.getDetail() == null ? Map.of() : event.getDetail();
        if (detail.get("job") != null) {
            return runTenantJob(String.valueOf(detail.get("job")), detail.get("tenant"));
        }
        Instant now = event.getTime() != null ? Instant.ofEpochMilli(event.getTime().getMillis()) : clock.instant();
        List<String> failed = new ArrayList<>();
        for (ScheduledJob job : jobs) {
            try {
                job.run(now);
            } catch (RuntimeException e) {
                LOG.errorf(e, "scheduled job %s failed at %s", job.name(), now);
                failed.add(job.name());
            }
        }
        if (!failed.isEmpty()) {
            throw new IllegalStateException("scheduled jobs failed: " + failed);
        }
        return "ran " + jobs.size() + " jobs";
    }

    private String runTenantJob(String name, Object tenant) {
        if (!(tenant instanceof String tenantId) || tenantId.isBlank()) {
            throw new IllegalArgumentException("job " + name + " needs the tenant in the event's detail.tenant");
        }
        TenantJob job = tenantJobs.stream().filter(j -> j.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no on-demand job named " + name));
        int records = job.run(tenantId);
        LOG.infof("on-demand job %s ran for tenant %s: %d records", name, tenantId, records);
        return "ran " + name + " for tenant " + tenantId + ": " + records + " records";
    }
}
