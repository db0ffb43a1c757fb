package dev.fieldcrm.api.webforms;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fieldcrm.api.config.FieldCrmConfig;
import dev.fieldcrm.api.informing.LinkConfig;
import dev.fieldcrm.core.dynamo.InboundServices;
import dev.fieldcrm.core.dynamo.WebFormServices;
import dev.fieldcrm.core.informing.LinkKeys;
import dev.fieldcrm.core.informing.PublicLinks;
import dev.fieldcrm.core.leads.ConsentConfirmations;
import dev.fieldcrm.core.users.UserStore;
import dev.fieldcrm.core.webforms.CaptchaProvider;
import dev.fieldcrm.core.webforms.FillTimeTokens;
import dev.fieldcrm.core.webforms.FormSubmissions;
import dev.fieldcrm.core.webforms.RateLimits;
import dev.fieldcrm.core.webforms.WebFormService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;

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
                        widgetScripts(settings.captcha()), settings.captcha().timeout(), json));
    }

    private static Map<CaptchaProvider, String> widgetScripts(WebFormSettings.Captcha captcha) {
        Map<CaptchaProvider, String> scripts = new EnumMap<>(CaptchaProvider.class);
        captcha.turnstileScriptUrl().ifPresent(url -> scripts.put(CaptchaProvider.TURNSTILE, url));
        captcha.recaptchaScriptUrl().ifPresent(url -> scripts.put(CaptchaProvider.RECAPTCHA, url));
        return scripts;
    }

    /** Double opt-in confirmations: tokens signed like the other public links (the worker signs, this verifies). */
    @Produces @Singleton ConsentConfirmations consentConfirmations(DynamoDbClient dynamo, FieldCrmConfig config,
                                                                  PublicLinks links, Clock clock) {
        return InboundServices.consentConfirmations(dynamo, config.table(), links.signer(), clock);
    }
}
