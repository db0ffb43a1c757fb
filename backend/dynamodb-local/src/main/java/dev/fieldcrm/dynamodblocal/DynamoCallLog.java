package dev.fieldcrm.dynamodblocal;

import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Records the DynamoDB calls made through a client, by operation name ("Query", "PutItem"…), so tests can assert the
 * access pattern of an operation. A Scan fails the request outright: no path may scan. Shared by the API's and the
 * worker's tests (the API's {@code DynamoCalls} is this, as a CDI bean).
 */
public class DynamoCallLog implements ExecutionInterceptor {
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
