package dev.fieldcrm.api.support;

import jakarta.inject.Singleton;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Counts the DynamoDB calls the API makes, by operation name ("Query", "TransactWriteItems"…), so tests can
 * assert the access pattern of an endpoint. A Scan fails the request outright: no path may scan.
 */
@Singleton
public class DynamoCalls implements ExecutionInterceptor {
    private final List<String> calls = new CopyOnWriteArrayList<>();

    @Override
    public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
        String operation = attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME);
        if ("Scan".equals(operation)) {
            throw new AssertionError("a DynamoDB Scan was attempted: every path must Query or Get");
        }
        calls.add(operation);
    }

    public void reset() {
        calls.clear();
    }

    public List<String> made() {
        return List.copyOf(calls);
    }
}
