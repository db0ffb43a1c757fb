package dev.fieldcrm.dynamodblocal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * The JSON EventBridge sends a Lambda function for a schedule rule ("Scheduled Event"), for feeding the worker's
 * schedule handler in tests and the local run exactly as AWS does.
 */
public final class ScheduledEvents {
    public static final String ACCOUNT = "000000000000";
    public static final String REGION = "eu-central-1";
    public static final String RULE_ARN = "arn:aws:events:" + REGION + ":" + ACCOUNT + ":rule/fieldcrm-worker-every-minute";
    private static final ObjectMapper JSON = new ObjectMapper();

    private ScheduledEvents() {
    }

    /** The event of a tick at {@code time} (EventBridge sends whole seconds in UTC). */
    public static String at(Instant time) {
        return event(time).toString();
    }

    /**
     * The event an operator sends to run one on-demand job for one tenant (e.g. {@code reminder-backfill}): a
     * scheduled event whose {@code detail} names the job and the tenant.
     */
    public static String tenantJob(Instant time, String job, String tenantId) {
        ObjectNode event = event(time);
        event.putObject("detail").put("job", job).put("tenant", tenantId);
        return event.toString();
    }

    private static ObjectNode event(Instant time) {
        ObjectNode event = JSON.createObjectNode();
        event.put("version", "0");
        event.put("id", UUID.randomUUID().toString());
        event.put("detail-type", "Scheduled Event");
        event.put("source", "aws.events");
        event.put("account", ACCOUNT);
        event.put("time", time.truncatedTo(ChronoUnit.SECONDS).toString());
        event.put("region", REGION);
        event.putArray("resources").add(RULE_ARN);
        event.putObject("detail");
        return event;
    }
}
