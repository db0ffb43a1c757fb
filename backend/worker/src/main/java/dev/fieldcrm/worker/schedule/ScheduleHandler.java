package dev.fieldcrm.worker.schedule;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import dev.fieldcrm.core.events.ScheduledJob;
import io.quarkus.arc.All;
import jakarta.inject.Named;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The EventBridge schedule trigger (once a minute): runs every {@link ScheduledJob}. Jobs find what is due
 * themselves, so one failing job does not keep the others from running; the failure is reported so EventBridge's
 * retry policy (and the DLQ after it) see it, and the next tick catches up anyway.
 */
@Named("schedule")
public class ScheduleHandler implements RequestHandler<ScheduledEvent, String> {
    private static final Logger LOG = Logger.getLogger(ScheduleHandler.class);

    private final List<ScheduledJob> jobs;
    private final Clock clock;

    ScheduleHandler(@All List<ScheduledJob> jobs, Clock clock) {
        this.jobs = jobs;
        this.clock = clock;
    }

    @Override
    public String handleRequest(ScheduledEvent event, Context context) {
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
}
