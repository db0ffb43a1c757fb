package dev.fieldcrm.worker.support;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.Map;

/** Test profile of the worker as the local run starts it: one process for both triggers ({@code local} handler). */
public class LocalFunction implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("quarkus.lambda.handler", "local");
    }
}
