package dev.fieldcrm.worker.support;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.Map;

/**
 * Test profile of the function as deployed for the schedule trigger ({@code QUARKUS_LAMBDA_HANDLER=schedule}):
 * {@code @TestProfile(ScheduleFunction.class)}, then {@code LambdaInvoker.invoke(ScheduledEvents.at(now))}.
 * Without it a test talks to the stream handler.
 */
public class ScheduleFunction implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("quarkus.lambda.handler", "schedule");
    }
}
