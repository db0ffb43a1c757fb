package dev.fieldcrm.api.embed;

import dev.fieldcrm.api.support.CaptchaStub;
import dev.fieldcrm.api.support.Chromium;
import dev.fieldcrm.api.support.Website;
import dev.fieldcrm.api.webforms.FormFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The snippet in a real headless Chromium, on the repository's example page ({@code examples/website}) served from
 * another origin than the API, against the real public form endpoints. What is stored is read back through the
 * admin API's counters of the form.
 */
@QuarkusTest
class EmbedSnippetBrowserTest {
    private static final Path EXAMPLE_SITE = Path.of("../../examples/website");
    private static final String RENDERED = "#contact-form form";
    private static final String ENHANCED = "#callback-form";

    private static Website site;
    private static ChromeDriver browser;

    @BeforeAll
    static void openBrowser() {
        Chromium.assumeInstalled();
        site = Website.serving(EXAMPLE_SITE);
        browser = Chromium.start();
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
        if (site != null) {
            site.close();
        }
    }

    @Test
    void renderMode_onAnAllowedSite_sendsTheLead_withItsCampaign_andThanksThePerson() throws IOException {
        String page = site.localhostOrigin() + "/?utm_source=newsletter&utm_campaign=spring";
        JsonPath form = exampleSiteShows(WebForms.create(site.localhostOrigin()), page);
        WebElement rendered = waitFor(RENDERED);
        waitForEnhanced(form);
        screenshotForTheReadme();
        recordSubmissions();

        fillRendered("Anna Petrova", "anna@northwind.example", "+49 30 1234567", "Two boilers, office building");
        rendered.findElement(By.cssSelector("button[type=submit]")).click();

        thankedAndStored(RENDERED, form, 1);
        Map<String, AttributeValue> request = storedRequest(form, onlySubmission());
        assertThat(request.get("fields").m().get("name").s()).isEqualTo("Anna Petrova");
        assertThat(request.get("fields").m().get("email").s()).isEqualTo("anna@northwind.example");
        assertThat(request.get("fields").m().get("consents").m().get("privacy").bool()).isTrue();
        assertThat(request.get("tracking").m().get("utm_source").s()).isEqualTo("newsletter");
        assertThat(request.get("tracking").m().get("utm_campaign").s()).isEqualTo("spring");
        assertThat(request.get("tracking").m().get("page").s()).isEqualTo(page);
    }

    @Test
    void captchaForm_rendersTheProvidersWidget_sendsItsToken_andAsksAgainForTheNextFill() {
        JsonPath form = exampleSiteShows(WebForms.createWithCaptcha(site.localhostOrigin()), site.localhostOrigin() + "/");
        WebElement rendered = waitFor(RENDERED);
        WebElement human = waitFor(RENDERED + " .fieldcrm-captcha .fake-captcha");
        assertThat(human.getAttribute("data-sitekey")).isEqualTo(WebForms.SITE_KEY);
        recordSubmissions();
        fillRendered("Robo Check", "robo@northwind.example", "+49 30 1111111", "Am I human?");

        rendered.findElement(By.cssSelector("button[type=submit]")).click();
        statusSays(RENDERED, "Please confirm that you are not a robot.");
        assertThat((List<?>) browser.executeScript("return window.fieldcrmSent;")).isEmpty();

        human.click();
        rendered.findElement(By.cssSelector("button[type=submit]")).click();

        thankedAndStored(RENDERED, form, 1);
        String response = onlySubmission().getString("captcha");
        assertThat(response).startsWith("pass-widget-");
        assertThat(CaptchaStub.callsWith(response)).singleElement()
                .satisfies(call -> assertThat(call.provider()).isEqualTo("TURNSTILE"));
        assertThat(((Number) browser.executeScript("return window.fakeCaptchaResets;")).intValue()).isEqualTo(1);
    }

    @Test
    void renderMode_labelsEveryInput_marksRequired_andHidesTheHoneypotFromPeople() {
        JsonPath form = onAllowedSite();
        WebElement rendered = waitFor(RENDERED);

        for (WebElement input : rendered.findElements(By.cssSelector(".fieldcrm-field input, .fieldcrm-field textarea,"
                + " .fieldcrm-consent input"))) {
            List<WebElement> labels = rendered.findElements(By.cssSelector("label[for='" + input.getAttribute("id") + "']"));
            assertThat(labels).as("label of %s", input.getAttribute("name")).hasSize(1);
        }
        WebElement name = rendered.findElement(By.name("name"));
        assertThat(name.getDomProperty("required")).isEqualTo("true");
        assertThat(rendered.findElement(By.cssSelector("label[for='" + name.getAttribute("id") + "']")).getText())
                .isEqualTo("Your name *");
        WebElement honeypot = rendered.findElement(By.name(form.getString("honeypot")));
        assertThat(honeypot.getAttribute("tabindex")).isEqualTo("-1");
        assertThat(honeypot.getAttribute("autocomplete")).isEqualTo("off");
        assertThat(honeypot.findElement(By.xpath("ancestor::*[@aria-hidden='true']"))).isNotNull();
        assertThat(rendered.findElement(By.cssSelector(".fieldcrm-status")).getAttribute("aria-live")).isEqualTo("polite");
    }

    @Test
    void renderMode_isUsableWithTheKeyboardAlone_andTabSkipsTheHoneypot() {
        JsonPath form = onAllowedSite();
        WebElement rendered = waitFor(RENDERED);
        rendered.findElement(By.name("name")).click();

        new Actions(browser).sendKeys("Keyboard Kim", Keys.TAB, "kim@northwind.example", Keys.TAB, "+49 30 7654321",
                Keys.TAB, "No mouse here", Keys.TAB, Keys.SPACE, Keys.TAB).perform();
        assertThat(browser.switchTo().activeElement().getText()).isEqualTo("Send request");
        new Actions(browser).sendKeys(Keys.ENTER).perform();

        thankedAndStored(RENDERED, form, 1);
    }

    @Test
    void missingRequiredFields_areAnnouncedOnEachField_andNothingIsSent() {
        JsonPath form = onAllowedSite();
        WebElement rendered = waitFor(RENDERED);

        rendered.findElement(By.cssSelector("button[type=submit]")).click();

        WebElement name = rendered.findElement(By.name("name"));
        assertThat(name.getAttribute("aria-invalid")).isEqualTo("true");
        WebElement error = browser.findElement(By.id(name.getAttribute("aria-describedby").strip()));
        assertThat(error.getText()).isNotBlank();
        assertThat(browser.switchTo().activeElement().getAttribute("name")).isEqualTo("name");
        assertThat(rendered.findElement(By.name("consent.privacy")).getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(WebForms.received(form)).isZero();
    }

    @Test
    void disallowedOrigin_cannotLoadOrSendTheForm_andNothingIsStored() {
        JsonPath form = exampleSiteShows(WebForms.create(site.localhostOrigin()), site.loopbackIpOrigin() + "/");

        new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("#contact-form [role=alert]"), "cannot be loaded"));
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector(ENHANCED + " [role=alert]"), "cannot be loaded"));
        assertThat(browser.findElements(By.cssSelector(RENDERED))).isEmpty();
        assertThat(WebForms.received(form)).isZero();
    }

    @Test
    void originNoLongerAllowed_whenSending_isRefused_theSnippetSaysSo_andNothingIsStored() {
        JsonPath form = onAllowedSite();
        WebElement rendered = waitFor(RENDERED);
        fillRendered("Late Lars", "lars@northwind.example", "", "Sent after the site was removed");
        WebForms.allowOnly(form, "https://www.northwind.example");

        rendered.findElement(By.cssSelector("button[type=submit]")).click();

        statusSays(RENDERED, "could not be sent");
        assertThat(rendered.findElement(By.cssSelector("button[type=submit]")).isEnabled()).isTrue();
        assertThat(WebForms.received(form)).isZero();
    }

    @Test
    void doubleClickOnSend_storesOneRequest() {
        JsonPath form = onAllowedSite();
        WebElement rendered = waitFor(RENDERED);
        fillRendered("Double Dan", "dan@northwind.example", "", "Clicked twice");

        recordSubmissions();

        new Actions(browser).doubleClick(rendered.findElement(By.cssSelector("button[type=submit]"))).perform();

        thankedAndStored(RENDERED, form, 1);
        onlySubmission(); // the second click found the button disabled: one request left the page
    }

    @Test
    void honeypotFilled_looksSentToTheBot_butStoresNothing() {
        JsonPath form = onAllowedSite();
        WebElement rendered = waitFor(RENDERED);
        fillRendered("Spam Bot", "bot@spam.example", "", "Buy now");
        browser.executeScript("arguments[0].value = 'https://spam.example'",
                rendered.findElement(By.name(form.getString("honeypot"))));

        rendered.findElement(By.cssSelector("button[type=submit]")).click();

        thankedAndStored(RENDERED, form, 0);
        assertThat(WebForms.counts(form.getString("id")).getLong("spamHoneypot")).isEqualTo(1);
    }

    @Test
    void enhanceMode_sendsTheSitesOwnForm_andShowsTheThankYou() {
        JsonPath form = onAllowedSite();
        WebElement enhanced = waitForEnhanced(form);
        recordSubmissions();

        enhanced.findElement(By.name("name")).sendKeys("Callback Carla");
        enhanced.findElement(By.name("phone")).sendKeys("+49 30 5550100");
        enhanced.findElement(By.name("consent.privacy")).click();
        enhanced.findElement(By.cssSelector("button[type=submit]")).click();

        thankedAndStored(ENHANCED, form, 1);
        Map<String, AttributeValue> request = storedRequest(form, onlySubmission());
        assertThat(request.get("fields").m().get("name").s()).isEqualTo("Callback Carla");
        assertThat(request.get("fields").m().get("phone").s()).isEqualTo("+49 30 5550100");
        assertThat(request.get("fields").m().get("consents").m().get("privacy").bool()).isTrue();
        assertThat(browser.getCurrentUrl()).as("the page stays; the site's form did not post itself")
                .isEqualTo(site.localhostOrigin() + "/");
    }

    @Test
    void enhanceMode_showsTheServersFieldErrorOnThatField() {
        JsonPath form = onAllowedSite();
        WebElement enhanced = waitForEnhanced(form);
        WebElement name = enhanced.findElement(By.name("name"));
        // The site's markup forgot "required": the server's answer must still reach the person.
        browser.executeScript("arguments[0].removeAttribute('required')", name);
        enhanced.findElement(By.name("phone")).sendKeys("+49 30 5550101");
        enhanced.findElement(By.name("consent.privacy")).click();

        enhanced.findElement(By.cssSelector("button[type=submit]")).click();

        new WebDriverWait(browser, Duration.ofSeconds(15))
                .until(ExpectedConditions.attributeToBe(name, "aria-invalid", "true"));
        assertThat(browser.findElement(By.id(name.getAttribute("aria-describedby").strip())).getText()).isNotBlank();
        assertThat(enhanced.findElement(By.cssSelector("button[type=submit]")).isEnabled()).isTrue();
        assertThat(WebForms.received(form)).isZero();
    }

    /** Both modes of the example page, as README's docs/img/embed-example.png shows them (copied from target/). */
    private static void screenshotForTheReadme() throws IOException {
        Dimension size = browser.manage().window().getSize();
        browser.manage().window().setSize(new Dimension(900, 1240));
        try {
            Files.write(Path.of("target/embed-example.png"), browser.getScreenshotAs(OutputType.BYTES));
        } finally {
            browser.manage().window().setSize(size);
        }
    }

    /** A new form that the example site's {@code localhost} origin may embed, shown on that site. */
    private static JsonPath onAllowedSite() {
        return exampleSiteShows(WebForms.create(site.localhostOrigin()), site.localhostOrigin() + "/");
    }

    /** From now on the page keeps each body the snippet POSTs (the test's own wrapper around {@code fetch}). */
    private static void recordSubmissions() {
        browser.executeScript("var send = window.fetch; window.fieldcrmSent = [];"
                + "window.fetch = function (url, init) {"
                + "  if (init && init.method === 'POST') window.fieldcrmSent.push(init.body);"
                + "  return send.apply(this, arguments); };");
    }

    /** The one submission the page sent since {@link #recordSubmissions()}, as JSON. */
    private static JsonPath onlySubmission() {
        List<?> sent = (List<?>) browser.executeScript("return window.fieldcrmSent;");
        assertThat(sent).hasSize(1);
        return JsonPath.from((String) sent.get(0));
    }

    /** The inbound request stored for a submission, found through its submission-id guard. */
    private static Map<String, AttributeValue> storedRequest(JsonPath form, JsonPath submission) {
        String requestId = FormFixtures.guard("acme", form.getString("id"), "SUB", submission.getString("submissionId"))
                .get("holderId").s();
        return FormFixtures.inbound("acme", requestId);
    }

    /** The person saw the thank-you message, and the form's endpoint stored {@code received} requests. */
    private static void thankedAndStored(String formCss, JsonPath form, long received) {
        statusSays(formCss, WebForms.THANK_YOU);
        assertThat(WebForms.received(form)).isEqualTo(received);
    }

    /** Points the example page at the form and opens it at {@code pageUrl}; the form as the admin API gave it. */
    private static JsonPath exampleSiteShows(JsonPath form, String pageUrl) {
        // RestAssured's port is the test's API port only once a test runs (not yet in @BeforeAll).
        site.replacing("http://localhost:8080", "http://localhost:" + RestAssured.port)
                .replacing("YOUR_FORM_KEY", form.getString("publicKey"));
        browser.get(pageUrl);
        return form;
    }

    private static WebElement waitFor(String css) {
        return new WebDriverWait(browser, Duration.ofSeconds(15))
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    /** The site's own form, once the snippet has taken it over (its honeypot is in). */
    private static WebElement waitForEnhanced(JsonPath form) {
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector(ENHANCED + " [name='" + form.getString("honeypot") + "']")));
        return browser.findElement(By.cssSelector(ENHANCED));
    }

    private static void fillRendered(String name, String email, String phone, String message) {
        WebElement rendered = browser.findElement(By.cssSelector(RENDERED));
        rendered.findElement(By.name("name")).sendKeys(name);
        rendered.findElement(By.name("email")).sendKeys(email);
        rendered.findElement(By.name("phone")).sendKeys(phone);
        rendered.findElement(By.name("message")).sendKeys(message);
        rendered.findElement(By.name("consent.privacy")).click();
    }

    private static void statusSays(String formCss, String text) {
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector(formCss + " .fieldcrm-status"), text));
    }
}
