/**
 * Test support for the worker's {@code @QuarkusTest}s.
 *
 * <ul>
 *   <li>{@link dev.fieldcrm.worker.support.WorkerDynamoResource}: one in-memory DynamoDB Local per JVM (table
 *       {@code fieldcrm-test}, stream with new and old images, the API tests' users from {@code core.testing.TestUsers}),
 *       registered for every test of the module by {@link dev.fieldcrm.worker.support.TestResources}.</li>
 *   <li>{@link dev.fieldcrm.worker.support.Stream#pump()}: write through {@code CoreServices} (inject it), then pump:
 *       DynamoDB Local's real stream goes as Lambda's stream-trigger JSON through Quarkus's Lambda mock event server
 *       to the {@code stream} handler and every {@code ChangeListener}. The stream is shared by all test classes:
 *       assert on your own records only.</li>
 *   <li>{@link dev.fieldcrm.worker.support.LambdaInvoker#invoke(String)}: any event JSON to the function under test,
 *       e.g. {@code LambdaInvoker.invoke(ScheduledEvents.at(now))} in a test whose profile sets
 *       {@code quarkus.lambda.handler=schedule} (the test profile {@link dev.fieldcrm.worker.support.ScheduleFunction}).</li>
 *   <li>{@link dev.fieldcrm.worker.support.DynamoCalls}: inject, {@code reset()}, act, {@code made()} to assert the
 *       DynamoDB calls; a Scan fails.</li>
 * </ul>
 */
package dev.fieldcrm.worker.support;
