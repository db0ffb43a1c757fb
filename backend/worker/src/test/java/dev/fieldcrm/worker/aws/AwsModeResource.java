package dev.fieldcrm.worker.aws;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.Map;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/**
 * The worker in notify mode aws: SES v2 pointed at the npm emulator, SNS at a WireMock stub; both started before
 * the application so its configuration can name them. Tests reach them over HTTP through the configured endpoints.
 */
public class AwsModeResource implements QuarkusTestResourceLifecycleManager {
    static final String ANDROID_APP = "arn:aws:sns:eu-central-1:123456789012:app/GCM/fieldcrm-android";
    private SesEmulator ses;
    private WireMockServer sns;

    @Override
    public Map<String, String> start() {
        try {
            ses = SesEmulator.start();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        sns = new WireMockServer(options().dynamicPort());
        sns.start();
        return Map.ofEntries(
                Map.entry("fieldcrm.notify.mode", "aws"),
                Map.entry("fieldcrm.aws.ses.endpoint", ses.endpoint().toString()),
                Map.entry("fieldcrm.aws.ses.from-address", "FieldCRM <notify@crm.example.com>"),
                Map.entry("fieldcrm.aws.ses.configuration-set", "fieldcrm-notify"),
                Map.entry("fieldcrm.aws.sns.endpoint", sns.baseUrl()),
                Map.entry("fieldcrm.aws.sns.sms-sender-id", "FieldCRM"),
                Map.entry("fieldcrm.aws.sns.android-application", ANDROID_APP),
                // parked messages would go to SQS: not exercised here (the Postman's own tests cover dead letters)
                Map.entry("fieldcrm.notify.dead-letter-queue-url", "http://127.0.0.1:1/123456789012/fieldcrm-notify-dlq"),
                Map.entry("fieldcrm.notify.sqs-endpoint", "http://127.0.0.1:1"));
    }

    @Override
    public void stop() {
        if (sns != null) {
            sns.stop();
        }
        if (ses != null) {
            ses.close();
        }
    }
}
