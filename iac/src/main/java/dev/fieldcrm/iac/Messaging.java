package dev.fieldcrm.iac;

import software.amazon.awscdk.ArnComponents;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.iam.IGrantable;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.ses.ConfigurationSet;
import software.amazon.awscdk.services.ses.ConfigurationSetEventDestinationOptions;
import software.amazon.awscdk.services.ses.EmailIdentity;
import software.amazon.awscdk.services.ses.EmailSendingEvent;
import software.amazon.awscdk.services.ses.EventDestination;
import software.amazon.awscdk.services.ses.Identity;
import software.amazon.awscdk.services.sns.Topic;
import software.amazon.awscdk.services.sqs.Queue;
import software.amazon.awscdk.services.sqs.QueueEncryption;
import software.constructs.Construct;

import java.util.ArrayList;
import java.util.List;

/**
 * Sending email (SES v2), SMS and push (SNS), and where their failures go: the configuration set publishes bounces,
 * complaints and rejects to a topic the worker's {@code ses-notifications} handler reads (suppressions, ADR 20); the
 * Postman parks messages it gave up on in an SQS queue (ADR 21). Push platform applications hold the FCM/APNs
 * credentials, so they are created outside the stack and passed in as ARNs.
 */
public final class Messaging extends Construct {
    private final ConfigurationSet configurationSet;
    private final Topic sesEvents;
    private final Queue parkedMessages;
    private final StageSettings stage;

    public Messaging(Construct scope, String id, StageSettings stage) {
        super(scope, id);
        this.stage = stage;
        configurationSet = ConfigurationSet.Builder.create(this, "ConfigurationSet")
                .configurationSetName(stage.resourceName("mail"))
                .build();
        EmailIdentity.Builder.create(this, "Domain")
                .identity(Identity.domain(stage.emailDomain()))
                .configurationSet(configurationSet)
                .build();
        sesEvents = Topic.Builder.create(this, "SesEvents").topicName(stage.resourceName("ses-events")).build();
        configurationSet.addEventDestination("ToWorker", ConfigurationSetEventDestinationOptions.builder()
                .destination(EventDestination.snsTopic(sesEvents))
                .events(List.of(EmailSendingEvent.BOUNCE, EmailSendingEvent.COMPLAINT, EmailSendingEvent.REJECT))
                .build());
        parkedMessages = Queue.Builder.create(this, "ParkedMessages")
                .queueName(stage.resourceName("notify-dead-letters"))
                .encryption(QueueEncryption.SQS_MANAGED)
                .enforceSsl(true)
                .retentionPeriod(Duration.days(14))
                .build();
    }

    public ConfigurationSet configurationSet() {
        return configurationSet;
    }

    public Topic sesEvents() {
        return sesEvents;
    }

    public Queue parkedMessages() {
        return parkedMessages;
    }

    /** What the worker's senders call: SES v2 SendEmail from the domain, SNS SMS and push, the parked-message queue. */
    public void grantSend(IGrantable sender) {
        Stack stack = Stack.of(this);
        sender.getGrantPrincipal().addToPrincipalPolicy(PolicyStatement.Builder.create()
                .actions(List.of("ses:SendEmail"))
                .resources(List.of(
                        stack.formatArn(arn("ses", "identity/" + stage.emailDomain())),
                        stack.formatArn(arn("ses", "configuration-set/" + configurationSet.getConfigurationSetName()))))
                .build());
        List<String> applications = pushApplications();
        if (!applications.isEmpty()) {
            sender.getGrantPrincipal().addToPrincipalPolicy(PolicyStatement.Builder.create()
                    .actions(List.of("sns:CreatePlatformEndpoint"))
                    .resources(applications)
                    .build());
            sender.getGrantPrincipal().addToPrincipalPolicy(PolicyStatement.Builder.create()
                    .actions(List.of("sns:Publish", "sns:GetEndpointAttributes", "sns:SetEndpointAttributes",
                            "sns:DeleteEndpoint"))
                    .resources(applications.stream().map(a -> a.replace(":app/", ":endpoint/") + "/*").toList())
                    .build());
        }
        // SMS to a phone number has no resource ARN: SNS authorises it only on "*" (the one "*" resource in the
        // stack, on a send action, never on data; docs/operations.md).
        sender.getGrantPrincipal().addToPrincipalPolicy(PolicyStatement.Builder.create()
                .sid("SmsToPhoneNumbers")
                .actions(List.of("sns:Publish"))
                .resources(List.of("*"))
                .build());
        parkedMessages.grantSendMessages(sender);
    }

    List<String> pushApplications() {
        List<String> arns = new ArrayList<>();
        stage.androidPushArn().ifPresent(arns::add);
        stage.iosPushArn().ifPresent(arns::add);
        return arns;
    }

    private static ArnComponents arn(String service, String resource) {
        return ArnComponents.builder().service(service).resource(resource).build();
    }
}
