package dev.fieldcrm.worker.aws;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.net.URI;
import java.util.Optional;

/**
 * Settings of the SES and SNS adapters (used when {@code fieldcrm.notify.mode=aws}). In AWS they come from the
 * function's environment: {@code FIELDCRM_AWS_SES_FROM_ADDRESS}, {@code FIELDCRM_AWS_SES_CONFIGURATION_SET},
 * {@code FIELDCRM_AWS_SNS_SMS_SENDER_ID}, {@code FIELDCRM_AWS_SNS_ANDROID_APPLICATION},
 * {@code FIELDCRM_AWS_SNS_IOS_APPLICATION}.
 */
@ConfigMapping(prefix = "fieldcrm.aws")
public interface AwsNotifyConfig {
    /** Region of SES and SNS (the function's own region by default). */
    @WithDefault("eu-central-1")
    String region();

    Ses ses();

    Sns sns();

    interface Ses {
        /** Points the client at an emulator; absent in AWS. */
        Optional<URI> endpoint();

        /** The verified sender, e.g. {@code "Acme CRM" <notify@crm.example.com>}; required in mode aws. */
        Optional<String> fromAddress();

        /** The configuration set whose event destination publishes bounces and complaints to SNS. */
        Optional<String> configurationSet();
    }

    interface Sns {
        /** Points the client at a stub; absent in AWS. */
        Optional<URI> endpoint();

        /** Alphanumeric sender id shown on SMS where the destination country allows one (e.g. {@code FieldCRM}). */
        Optional<String> smsSenderId();

        /** ARN of the SNS platform application for Android (FCM). */
        Optional<String> androidApplication();

        /** ARN of the SNS platform application for iOS (APNs). */
        Optional<String> iosApplication();
    }
}
