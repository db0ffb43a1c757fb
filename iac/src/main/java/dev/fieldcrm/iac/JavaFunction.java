package dev.fieldcrm.iac;

import software.amazon.awscdk.Annotations;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.services.lambda.Alias;
import software.amazon.awscdk.services.lambda.Architecture;
import software.amazon.awscdk.services.lambda.Code;
import software.amazon.awscdk.services.lambda.Function;
import software.amazon.awscdk.services.lambda.LoggingFormat;
import software.amazon.awscdk.services.lambda.Runtime;
import software.amazon.awscdk.services.lambda.SnapStartConf;
import software.amazon.awscdk.services.logs.LogGroup;
import software.amazon.awscdk.services.logs.RetentionDays;
import software.amazon.awscdk.services.sqs.IQueue;
import software.constructs.Construct;

import java.nio.file.Path;
import java.util.Map;

/**
 * One Quarkus function from a {@code function.zip}: Java 21, arm64, SnapStart on published versions, JSON logs with a
 * retention, and an alias {@code live} that every trigger and the API call — SnapStart only applies to versions, so
 * nothing may call {@code $LATEST}.
 *
 * @param memoryMb            memory (and so CPU share) of the function
 * @param timeout             longest invocation
 * @param reservedConcurrency an upper bound in prod (protects the table and the account's pool); none when null
 * @param deadLetters         failed asynchronous invocations (EventBridge, SNS) land here after Lambda's retries
 */
public record JavaFunction(String name, Path zip, int memoryMb, Duration timeout, Integer reservedConcurrency,
                           Map<String, String> environment, IQueue deadLetters) {
    public static final String ALIAS = "live";

    /** The function and its {@code live} alias. */
    public Deployed create(Construct scope, String id, StageSettings stage) {
        Construct owner = new Construct(scope, id);
        LogGroup logs = LogGroup.Builder.create(owner, "Logs")
                .logGroupName("/aws/lambda/" + stage.resourceName(name))
                .retention(stage.production() ? RetentionDays.THREE_MONTHS : RetentionDays.TWO_WEEKS)
                .removalPolicy(RemovalPolicy.DESTROY)
                .build();
        Function.Builder builder = Function.Builder.create(owner, "Function")
                .functionName(stage.resourceName(name))
                .runtime(Runtime.JAVA_21)
                .architecture(Architecture.ARM_64)
                .handler(FunctionPackages.HANDLER)
                .code(Code.fromAsset(zip.toString()))
                .memorySize(memoryMb)
                .timeout(timeout)
                .snapStart(SnapStartConf.ON_PUBLISHED_VERSIONS)
                .environment(environment)
                .loggingFormat(LoggingFormat.JSON)
                .logGroup(logs)
                .reservedConcurrentExecutions(stage.production() ? reservedConcurrency : null);
        if (deadLetters != null) {
            builder.deadLetterQueue(deadLetters).retryAttempts(2).maxEventAge(Duration.hours(1));
        }
        Function function = builder.build();
        // CDK warns because SnapStart needs published versions: the alias below publishes one per change.
        Annotations.of(function).acknowledgeWarning("@aws-cdk/aws-lambda:snapStartRequirePublish",
                "a version is published through currentVersion and called through the live alias");
        Alias alias = Alias.Builder.create(owner, "Live")
                .aliasName(ALIAS)
                .version(function.getCurrentVersion())
                .build();
        return new Deployed(function, alias);
    }

    /** The function (for metrics and its role) and the alias that is invoked. */
    public record Deployed(Function function, Alias alias) {
    }
}
