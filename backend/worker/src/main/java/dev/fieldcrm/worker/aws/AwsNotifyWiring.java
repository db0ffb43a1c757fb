package dev.fieldcrm.worker.aws;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fieldcrm.core.devices.DeviceOwner;
import dev.fieldcrm.core.devices.Platform;
import dev.fieldcrm.core.dynamo.DeviceServices;
import io.quarkus.arc.lookup.LookupIfProperty;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Singleton;
import org.jboss.logging.Logger;
import software.amazon.awssdk.services.sesv2.SesV2Client;
import software.amazon.awssdk.services.sns.SnsClient;

import java.util.EnumMap;
import java.util.Map;

/**
 * The SES/SNS adapters for {@code fieldcrm.notify.mode=aws} (the default). Each carries
 * {@code @LookupIfProperty(mode = aws, lookupIfMissing)}: the worker's {@code NotifyWiring} (and {@code DeviceWiring})
 * look the sender up through {@code Instance<…>}, so in capture mode these are never built and need no AWS settings.
 * All are lazy singletons: the clients are made on first use.
 */
@ApplicationScoped
public class AwsNotifyWiring {
    static final String MODE = "fieldcrm.notify.mode";
    private static final Logger LOG = Logger.getLogger(AwsNotifyWiring.class);

    @Produces @Singleton @Typed(SesV2Client.class) SesV2Client ses(AwsNotifyConfig config) {
        return AwsNotifyClients.ses(config.ses().endpoint(), config.region());
    }

    void close(@Disposes SesV2Client ses) {
        ses.close();
    }

    @Produces @Singleton @Typed(SnsClient.class) SnsClient sns(AwsNotifyConfig config) {
        return AwsNotifyClients.sns(config.sns().endpoint(), config.region());
    }

    void close(@Disposes SnsClient sns) {
        sns.close();
    }

    @Produces @Singleton @LookupIfProperty(name = MODE, stringValue = "aws", lookupIfMissing = true)
    SesEmailSender sesEmail(SesV2Client ses, AwsNotifyConfig config) {
        String from = config.ses().fromAddress().orElseThrow(() -> new IllegalStateException(
                "fieldcrm.aws.ses.from-address (FIELDCRM_AWS_SES_FROM_ADDRESS) must be set in notify mode aws"));
        return new SesEmailSender(ses, from, config.ses().configurationSet());
    }

    @Produces @Singleton @LookupIfProperty(name = MODE, stringValue = "aws", lookupIfMissing = true)
    SnsSmsSender snsSms(SnsClient sns, AwsNotifyConfig config) {
        return new SnsSmsSender(sns, config.sns().smsSenderId());
    }

    @Produces @Singleton @LookupIfProperty(name = MODE, stringValue = "aws", lookupIfMissing = true)
    SnsPushEndpoints snsEndpoints(SnsClient sns, AwsNotifyConfig config) {
        Map<Platform, String> applications = new EnumMap<>(Platform.class);
        config.sns().androidApplication().ifPresent(arn -> applications.put(Platform.ANDROID, arn));
        config.sns().iosApplication().ifPresent(arn -> applications.put(Platform.IOS, arn));
        return new SnsPushEndpoints(sns, applications);
    }

    /** A push to a disabled endpoint disables the device it belongs to (found through the endpoint's owner data). */
    @Produces @Singleton @LookupIfProperty(name = MODE, stringValue = "aws", lookupIfMissing = true)
    SnsPushSender snsPush(SnsClient sns, SnsPushEndpoints endpoints, DeviceServices devices, ObjectMapper json) {
        return new SnsPushSender(sns, json, endpointArn -> {
            try {
                endpoints.owner(endpointArn).flatMap(DeviceOwner::parse)
                        .ifPresent(owner -> devices.service().endpointDisabled(owner, endpointArn));
            } catch (RuntimeException e) {
                // the send's outcome (permanent failure) stands; the device is disabled at the next failed push
                LOG.warnf(e, "could not mark the device of disabled endpoint %s", endpointArn);
            }
        });
    }
}
