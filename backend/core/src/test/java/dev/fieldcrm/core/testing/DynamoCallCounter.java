package dev.fieldcrm.core.testing;

import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Counts the DynamoDB calls a client makes, by operation name ("Query", "TransactWriteItems"…), so tests can
 * assert the access pattern of an operation. A Scan fails the call outright: no path may scan.
 * Each Quarkus module's tests register a CDI subclass (their {@code support.DynamoCalls}) as an interceptor.
 */
public class DynamoCallCounter implements ExecutionInterceptor {
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
