package dev.fieldcrm.worker.aws;

import dev.fieldcrm.core.devices.Platform;
import dev.fieldcrm.core.devices.PushEndpoints;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sns.model.InvalidParameterException;
import software.amazon.awssdk.services.sns.model.NotFoundException;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SNS platform endpoints, one platform application per platform (ARNs from configuration).
 *
 * <p>{@code CreatePlatformEndpoint} is idempotent for the same token and attributes. When the token already has an
 * endpoint with other attributes (the phone changed hands, or the app was reinstalled under a new device id), SNS
 * refuses with {@code InvalidParameter} naming the existing endpoint; as AWS recommends, that endpoint is taken over:
 * its previous owner is read (so the device that had it can be told), then its owner and token are set and it is
 * enabled again.
 */
public final class SnsPushEndpoints implements PushEndpoints {
    private static final Pattern EXISTING = Pattern.compile("Endpoint (arn:aws[^ ]+) already exists with the same [Tt]oken");

    private final SnsClient sns;
    private final Map<Platform, String> applications;

    /** @param applications platform application ARN per platform */
    public SnsPushEndpoints(SnsClient sns, Map<Platform, String> applications) {
        this.sns = sns;
        this.applications = Map.copyOf(applications);
    }

    @Override
    public Made create(Platform platform, String token, String owner) {
        String application = applications.get(platform);
        if (application == null) {
            throw new IllegalStateException("no SNS platform application configured for " + platform
                    + " (fieldcrm.aws.sns.platform-application." + platform.name().toLowerCase() + ")");
        }
        try {
            return new Made(sns.createPlatformEndpoint(c -> c.platformApplicationArn(application).token(token)
                    .customUserData(owner)).endpointArn(), null);
        } catch (InvalidParameterException e) {
            Matcher existing = EXISTING.matcher(String.valueOf(e.awsErrorDetails() == null ? e.getMessage() : e.awsErrorDetails().errorMessage()));
            if (!existing.find()) {
                throw e;
            }
            String arn = existing.group(1);
            String previousOwner = owner(arn).filter(previous -> !previous.equals(owner)).orElse(null);
            sns.setEndpointAttributes(s -> s.endpointArn(arn).attributes(Map.of("Token", token, "CustomUserData", owner, "Enabled", "true")));
            return new Made(arn, previousOwner);
        }
    }

    @Override
    public void refresh(String endpointArn, String token) {
        sns.setEndpointAttributes(s -> s.endpointArn(endpointArn).attributes(Map.of("Token", token, "Enabled", "true")));
    }

    @Override
    public void delete(String endpointArn) {
        sns.deleteEndpoint(d -> d.endpointArn(endpointArn));
    }

    @Override
    public Optional<String> owner(String endpointArn) {
        try {
            return Optional.ofNullable(sns.getEndpointAttributes(g -> g.endpointArn(endpointArn)).attributes().get("CustomUserData"));
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }
}
