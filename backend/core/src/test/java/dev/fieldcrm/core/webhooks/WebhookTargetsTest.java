package dev.fieldcrm.core.webhooks;

import dev.fieldcrm.core.shared.ValidationFailed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WebhookTargetsTest {
    private final WebhookTargets strict = WebhookTargets.strict();

    @ParameterizedTest
    @ValueSource(strings = {
            "http://hooks.example.com/in",               // not https
            "ftp://hooks.example.com/in",
            "hooks.example.com/in",                      // not absolute
            "https://user:pw@hooks.example.com/in",      // user info
            "https://hooks.example.com:8443/in",         // port not allowed
            "https://hooks.example.com/in#frag",
            "https://127.0.0.1/in", "https://10.1.2.3/in", "https://169.254.169.254/latest/meta-data",
            "https://[::1]/in", "https://[fd00:ec2::254]/in", "https://[::ffff:127.0.0.1]/in", "https://[fe80::1]/in",
            "https://2130706433/in",                     // decimal 127.0.0.1
            "https://0x7f000001/in", "https://0x7f.0.0.1/in",
            "https://0177.0.0.1/in",                     // octal
            "https://127.1/in",                          // short form
            "https://017700000001/in",
            "https://localhost/in", "https://api.localhost/in",
            "https:///in", "https://exa mple.com/in", "not a url"
    })
    void unsafeOrMalformedUrls_areRefusedOnTheUrlField(String url) {
        assertThatThrownBy(() -> strict.check(url)).as(url).isInstanceOf(ValidationFailed.class)
                .satisfies(e -> assertThat(((ValidationFailed) e).errors()).first()
                        .satisfies(error -> assertThat(error.field()).isEqualTo("url")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://hooks.example.com/in", "HTTPS://Hooks.Example.com:443/in?x=1",
            "https://93.184.215.14/in", "https://[2606:4700:4700::1111]/in", "https://accounting.example.com"})
    void httpsUrlsToPublicHosts_areAccepted(String url) {
        assertThat(strict.check(url).getHost()).isNotBlank();
    }

    @Test
    void anotherPort_isAcceptedOnlyWhenConfigured() {
        WebhookTargets with8443 = new WebhookTargets(AddressGuard.strict(), Set.of(8443));

        assertThat(with8443.check("https://hooks.example.com:8443/in").getPort()).isEqualTo(8443);
        assertThatThrownBy(() -> with8443.check("https://hooks.example.com:9000/in")).isInstanceOf(ValidationFailed.class);
    }
}
