package dev.fieldcrm.iac;

import software.amazon.awscdk.CfnOutput;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.services.iam.IGrantable;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.s3.Bucket;
import software.amazon.awscdk.services.secretsmanager.Secret;
import software.amazon.awscdk.services.secretsmanager.SecretStringGenerator;
import software.constructs.Construct;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The whole system for one stage: table, files, users, the api function behind the HTTP API, the worker's three
 * functions (one {@code function.zip}, one function per trigger, ADR 18), messaging, alarms and a dashboard.
 */
public final class FieldCrmStack extends Stack {
    /** The worker's handlers ({@code @Named} in backend/worker), chosen per function by QUARKUS_LAMBDA_HANDLER. */
    public static final String STREAM_HANDLER = "stream";
    public static final String SCHEDULE_HANDLER = "schedule";
    public static final String SES_HANDLER = "ses-notifications";

    public FieldCrmStack(Construct scope, String id, StackProps props, StageSettings stage, FunctionPackages packages) {
        super(scope, id, props);
        DataTable table = new DataTable(this, "Data", stage);
        Bucket files = new FileBucket(this, "Files", stage).bucket();
        UserDirectory users = new UserDirectory(this, "Auth", stage);
        Messaging messaging = new Messaging(this, "Messaging", stage);
        WorkerTriggers triggers = new WorkerTriggers(this, "Triggers", stage);
        Secret linkSecret = Secret.Builder.create(this, "LinkSecret")
                .description("Signs public links (unsubscribe, surveys); read by the api and worker functions")
                .generateSecretString(SecretStringGenerator.builder().passwordLength(48).excludePunctuation(true).build())
                .build();

        Map<String, String> common = new HashMap<>();
        common.put("FIELDCRM_TABLE", table.table().getTableName());
        common.put("FIELDCRM_FILES_BUCKET", files.getBucketName());
        // Resolved by CloudFormation at deploy time: the secret's value is never in the template or the repository.
        common.put("FIELDCRM_NOTIFY_LINK_SECRET", linkSecret.getSecretValue().unsafeUnwrap());
        common.put("FIELDCRM_NOTIFY_LINK_KEY_ID", "1");

        JavaFunction.Deployed api = new JavaFunction("api", packages.apiZip(), 1024, Duration.seconds(29), 200,
                common, null).create(this, "ApiFunction", stage);
        HttpEntry entry = new HttpEntry(this, "Entry", stage, api.alias(), users);
        String publicBaseUrl = stage.publicBaseUrl().orElse(entry.api().getApiEndpoint());
        api.function().addEnvironment("FIELDCRM_PUBLIC_BASE_URL", publicBaseUrl);

        Map<String, String> workerEnvironment = new HashMap<>(common);
        workerEnvironment.put("FIELDCRM_PUBLIC_BASE_URL", publicBaseUrl);
        workerEnvironment.put("FIELDCRM_NOTIFY_MODE", "aws");
        workerEnvironment.put("FIELDCRM_NOTIFY_DEAD_LETTER_QUEUE_URL", messaging.parkedMessages().getQueueUrl());
        workerEnvironment.put("FIELDCRM_AWS_SES_FROM_ADDRESS", stage.fromAddress());
        workerEnvironment.put("FIELDCRM_AWS_SES_CONFIGURATION_SET", messaging.configurationSet().getConfigurationSetName());
        workerEnvironment.put("FIELDCRM_AWS_SNS_SMS_SENDER_ID", "FieldCRM");
        stage.androidPushArn().ifPresent(arn -> workerEnvironment.put("FIELDCRM_AWS_SNS_ANDROID_APPLICATION", arn));
        stage.iosPushArn().ifPresent(arn -> workerEnvironment.put("FIELDCRM_AWS_SNS_IOS_APPLICATION", arn));

        JavaFunction.Deployed stream = worker(STREAM_HANDLER, packages, 1024, Duration.minutes(2), 20,
                workerEnvironment, triggers, false, stage);
        JavaFunction.Deployed schedule = worker(SCHEDULE_HANDLER, packages, 1024, Duration.minutes(5), 2,
                workerEnvironment, triggers, true, stage);
        JavaFunction.Deployed sesEvents = worker(SES_HANDLER, packages, 512, Duration.minutes(1), 5,
                workerEnvironment, triggers, true, stage);
        triggers.stream(stream, table);
        triggers.everyMinute(schedule);
        triggers.sesNotifications(sesEvents, messaging);

        for (JavaFunction.Deployed function : List.of(api, stream, schedule, sesEvents)) {
            TableAccess.grantReadWrite(function.function(), table.table());
            linkSecret.grantRead(function.function());
        }
        for (JavaFunction.Deployed function : List.of(api, stream, schedule)) {
            grantFiles(function.function(), files);
        }
        messaging.grantSend(stream.function());
        messaging.grantSend(schedule.function());

        Monitoring monitoring = new Monitoring(this, "Monitoring", stage);
        monitoring.api(entry.api());
        monitoring.function("api", api.function());
        monitoring.function("worker-stream", stream.function());
        monitoring.function("worker-schedule", schedule.function());
        monitoring.function("worker-ses", sesEvents.function());
        monitoring.streamLag(stream.function());
        monitoring.deadLetters("stream", triggers.streamFailures());
        monitoring.deadLetters("worker", triggers.asyncFailures());
        monitoring.deadLetters("notify", messaging.parkedMessages());
        monitoring.dashboard();

        output("ApiUrl", entry.api().getApiEndpoint());
        output("UserPoolId", users.pool().getUserPoolId());
        output("MobileClientId", users.mobileClient().getUserPoolClientId());
        output("HostedUiBaseUrl", users.hostedUiBaseUrl());
        output("TableName", table.table().getTableName());
        output("FilesBucket", files.getBucketName());
        output("AlarmTopic", monitoring.topic().getTopicArn());
    }

    private JavaFunction.Deployed worker(String handler, FunctionPackages packages, int memoryMb, Duration timeout,
                                         int reserved, Map<String, String> environment, WorkerTriggers triggers,
                                         boolean asynchronous, StageSettings stage) {
        Map<String, String> env = new HashMap<>(environment);
        env.put("QUARKUS_LAMBDA_HANDLER", handler);
        return new JavaFunction("worker-" + handler, packages.workerZip(), memoryMb, timeout, reserved, env,
                asynchronous ? triggers.asyncFailures() : null).create(this, "Worker-" + handler, stage);
    }

    /**
     * Objects under the bucket: read and write, nothing else. ListBucket lets a read of a missing file answer "no
     * such key" (the file store's empty result) instead of "access denied".
     */
    private static void grantFiles(IGrantable grantee, Bucket bucket) {
        grantee.getGrantPrincipal().addToPrincipalPolicy(PolicyStatement.Builder.create()
                .actions(List.of("s3:GetObject", "s3:PutObject"))
                .resources(List.of(bucket.arnForObjects("*")))
                .build());
        grantee.getGrantPrincipal().addToPrincipalPolicy(PolicyStatement.Builder.create()
                .actions(List.of("s3:ListBucket"))
                .resources(List.of(bucket.getBucketArn()))
                .build());
    }

    private void output(String name, String value) {
        CfnOutput.Builder.create(this, name).value(value).build();
    }
}
