package dev.fieldcrm.iac;

import org.junit.jupiter.api.Test;
import software.amazon.awscdk.assertions.Match;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class WorkerTriggersTest {

    @Test
    void streamReachesTheWorkerInBisectedBatchesReportingItemFailuresWithAQueueForWhatFailsForGood() {
        SynthesizedStages.PROD.hasResourceProperties("AWS::Lambda::EventSourceMapping", Map.of(
                "BatchSize", WorkerTriggers.STREAM_BATCH_SIZE,
                "BisectBatchOnFunctionError", true,
                "FunctionResponseTypes", List.of("ReportBatchItemFailures"),
                "MaximumRetryAttempts", WorkerTriggers.STREAM_RETRIES,
                "StartingPosition", "TRIM_HORIZON",
                "DestinationConfig", Map.of("OnFailure", Map.of("Destination", Match.anyValue()))));
        // Created on the stream function's alias (SnapStart's published version), not on $LATEST.
        assertThat(SynthesizedStages.PROD.findResources("AWS::Lambda::EventSourceMapping").keySet())
                .singleElement().asString().startsWith("WorkerstreamLive");
    }

    @Test
    void theScheduleFunctionGetsEventBridgesScheduledEventEveryMinuteWithADeadLetterQueue() {
        SynthesizedStages.PROD.hasResourceProperties("AWS::Events::Rule", Map.of(
                "ScheduleExpression", "rate(1 minute)",
                "Targets", List.of(Match.objectLike(Map.of(
                        "Arn", Match.objectLike(Map.of("Ref", Match.stringLikeRegexp("Workerschedule.*Live.*"))),
                        "DeadLetterConfig", Map.of("Arn", Match.anyValue()),
                        "RetryPolicy", Match.objectLike(Map.of())))),
                "State", "ENABLED"));
    }

    @Test
    void sesBouncesAndComplaintsReachTheirHandlerThroughSns() {
        SynthesizedStages.PROD.hasResourceProperties("AWS::SES::ConfigurationSetEventDestination", Map.of(
                "EventDestination", Match.objectLike(Map.of(
                        "MatchingEventTypes", Match.arrayWith(List.of("bounce", "complaint")),
                        "SnsDestination", Match.objectLike(Map.of())))));
        SynthesizedStages.PROD.hasResourceProperties("AWS::SNS::Subscription", Map.of(
                "Protocol", "lambda",
                "Endpoint", Match.objectLike(Map.of("Ref", Match.stringLikeRegexp("Workersesnotifications.*Live.*"))),
                "RedrivePolicy", Match.objectLike(Map.of())));
    }

    @Test
    void asynchronousWorkerFunctionsParkFailedInvocationsInAQueue() {
        SynthesizedStages.PROD.resourcePropertiesCountIs("AWS::Lambda::Function", Map.of(
                "DeadLetterConfig", Map.of("TargetArn", Match.anyValue())), 2);
    }
}
