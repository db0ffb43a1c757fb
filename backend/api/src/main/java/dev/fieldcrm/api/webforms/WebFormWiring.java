package dev.fieldcrm.api.webforms;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fieldcrm.api.config.FieldCrmConfig;
import dev.fieldcrm.api.informing.LinkConfig;
import dev.fieldcrm.core.dynamo.WebFormServices;
import dev.fieldcrm.core.informing.LinkKeys;
import dev.fieldcrm.core.users.UserStore;
import dev.fieldcrm.core.webforms.FillTimeTokens;
import dev.fieldcrm.core.webforms.FormSubmissions;
import dev.fieldcrm.core.webforms.RateLimits;
import dev.fieldcrm.core.webforms.WebFormService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.time.Clock;

/**
 * Makes web forms ({@link WebFormServices}) available for injection. The time-trap tokens are signed with the
 * public-link keys ({@code fieldcrm.notify.link-*}): one secret to keep and rotate, separated by the tokens' purpose.
 */
@ApplicationScoped
public class WebFormWiring {

    @Produces @Singleton WebFormServices webForms(DynamoDbClient dynamo, FieldCrmConfig config, Clock clock) {
        return new WebFormServices(dynamo, config.table(), clock);
    }

    @Produces @Singleton WebFormService admin(WebFormServices forms, UserStore users) {
        return forms.admin(users);
    }

    @Produces @Singleton FormSubmissions submissions(WebFormServices forms, LinkConfig links, WebFormSettings settings,
                                                  ObjectMapper json) {
        LinkKeys keys = LinkKeys.of(links.linkSecret(), links.linkKeyId(), links.linkRetiredSecrets().orElse(""));
        return forms.submissions(new FillTimeTokens(keys), new RateLimits(settings.ratePerAddress(), settings.ratePerForm()),
                new HttpCaptchaVerifier(settings.captcha().turnstileUrl(), settings.captcha().recaptchaUrl(),
                        settings.captcha().timeout(), json));
    }
}
