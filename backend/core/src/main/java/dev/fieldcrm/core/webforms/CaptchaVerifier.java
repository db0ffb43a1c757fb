package dev.fieldcrm.core.webforms;

/**
 * The port to a CAPTCHA provider's server-side verification (one HTTP call, no DynamoDB). Implementations must
 * answer {@link CaptchaVerdict#UNAVAILABLE} rather than throw when the provider cannot be reached.
 */
public interface CaptchaVerifier {
    /**
     * @param secret        the form's secret key at the provider
     * @param responseToken what the widget gave the visitor's browser
     * @param remoteIp      the visitor's address, or null when unknown
     */
    CaptchaVerdict verify(CaptchaProvider provider, String secret, String responseToken, String remoteIp);

    /**
     * Where browsers load the provider's widget from: the provider's own script unless the deployment points
     * elsewhere (the browser tests serve a fake widget locally). Configuration, never a tenant's input.
     */
    default String widgetScript(CaptchaProvider provider) {
        return provider.widgetScript;
    }

    /** For wiring without any provider (tests and tools whose forms have no CAPTCHA): every check is unavailable. */
    CaptchaVerifier NONE = (provider, secret, responseToken, remoteIp) -> CaptchaVerdict.UNAVAILABLE;
}
