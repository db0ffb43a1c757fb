package dev.fieldcrm.api.embed;

import dev.fieldcrm.api.support.CaptchaStub;
import dev.fieldcrm.api.support.Chromium;
import dev.fieldcrm.api.support.LeadCapture;
import dev.fieldcrm.api.support.TestData;
import dev.fieldcrm.api.support.Website;
import dev.fieldcrm.api.webforms.FormFixtures;
import dev.fieldcrm.core.shared.Role;
import dev.fieldcrm.core.users.User;
import dev.fieldcrm.core.users.UserStore;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
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
import java.util.Set;

import static dev.fieldcrm.api.support.Api.as;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The snippet in a real headless Chromium, on the repository's example page ({@code examples/website}) served from
 * another origin than the API, against the real public form endpoints. What is stored is read back through the
 * admin API's counters of the form; what it becomes (a lead, assigned) through the leads and agenda API, after the
 * worker's processing ({@link LeadCapture}: the core's stream listener on the table's real stream) ran in this JVM.
 */
@QuarkusTest
class EmbedSnippetBrowserTest {
    private static final Path EXAMPLE_SITE = Path.of("../../examples/website");
    private static final String RENDERED = "#contact-form form";
    private static final String ENHANCED = "#callback-form";

    private static Website site;
    private static ChromeDriver browser;
    private static LeadCapture leadCapture;

    @Inject
    UserStore users;

    @BeforeAll
    static void openBrowser() {
        Chromium.assumeInstalled();
        site = Website.serving(EXAMPLE_SITE);
        browser = Chromium.start();
        leadCapture = LeadCapture.fromNow();
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
    void renderMode_aDoubleClickedAndResentSubmission_becomesOneAssignedLead_listedByTheApi_andOnTheRepsAgenda() {
        String tenant = tenantTakingLeadsRoundTheClock();
        String page = site.localhostOrigin() + "/?utm_source=newsletter&utm_campaign=spring";
        JsonPath form = exampleSiteShows(WebForms.createFor(tenant, site.localhostOrigin()), page);
        WebElement rendered = waitFor(RENDERED);
        recordSubmissions();
        String email = TestData.email();
        String phone = TestData.phone();
        fillRendered("Lena Leadova", email, phone, "Three boilers, warehouse");

        new Actions(browser).doubleClick(rendered.findElement(By.cssSelector("button[type=submit]"))).perform();
        statusSays(RENDERED, WebForms.THANK_YOU);
        JsonPath submission = onlySubmission();
        // The same submission once more, as a flaky network's retry would send it: a replay, not a second request.
        browser.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "fetch(window.fieldcrmSentTo, {method: 'POST', headers: {'Content-Type': 'application/json'},"
                + " body: window.fieldcrmSent[0]}).then(function () { done(); }, function () { done(); });");
        JsonPath counts = WebForms.counts(tenant, form.getString("id"));
        assertThat(counts.getLong("received")).isEqualTo(1);
        assertThat(counts.getLong("replays")).isEqualTo(1);
        String requestId = storedRequestId(tenant, form, submission);

        leadCapture.processUntil(tenant, () -> "PROCESSED".equals(FormFixtures.inbound(tenant, requestId).get("status").s()));

        List<Map<String, Object>> leads = as(tenant, "mgr").get("/api/v1/leads").then().statusCode(200)
                .extract().jsonPath().getList("items");
        assertThat(leads).singleElement().satisfies(lead -> {
            assertThat(lead.get("email")).isEqualTo(email.toLowerCase(java.util.Locale.ROOT));
            assertThat(lead.get("phone")).isEqualTo(TestData.e164(phone));
            assertThat(lead.get("source")).isEqualTo("website-form");
            assertThat(lead.get("sourceName")).isEqualTo("Ask for a quote");
            assertThat(lead.get("status")).isEqualTo("OPEN");
            assertThat(lead.get("ownerId")).isEqualTo("rep");
        });
        String leadId = (String) leads.getFirst().get("id");
        JsonPath lead = as(tenant, "mgr").get("/api/v1/leads/" + leadId).then().statusCode(200).extract().jsonPath();
        assertThat(lead.getString("lead.tracking.utm_source")).isEqualTo("newsletter");
        assertThat(lead.getString("lead.tracking.utm_campaign")).isEqualTo("spring");
        assertThat(lead.getString("lead.tracking.page")).isEqualTo(page);
        assertThat(lead.getList("inbound.id")).containsExactly(requestId);
        assertThat(as(tenant, "rep").get("/api/v1/agenda").then().statusCode(200).extract().jsonPath()
                .<String>getList("items.findAll { it.kind == 'LEAD' }.lead.leadId")).containsExactly(leadId);
    }

    /**
     * A tenant of its own (adm; mgr and rep of team north) whose every lead goes to rep, due at once at any hour
     * (working hours all week 00:00–23:59 UTC, SLA 0): a lead is then on rep's agenda today, as rep's day (UTC+14)
     * ends after the next UTC midnight, whenever the test runs.
     */
    private String tenantTakingLeadsRoundTheClock() {
        String tenant = "web-leads-" + TestData.next();
        users.save(tenant, new User("adm", "Ada Admin", "adm@example.com", Set.of(Role.ADMIN), null, "UTC", "en", true, 1));
        users.save(tenant, new User("mgr", "Max Manager", "mgr@example.com", Set.of(Role.MANAGER), "north", "UTC", "en",
                true, 1));
        users.save(tenant, new User("rep", "Rita Rep", "rep@example.com", Set.of(Role.REP), "north", "Pacific/Kiritimati",
                "en", true, 1));
        as(tenant, "adm").header("If-Match", "\"0\"").body(Map.of(
                "phoneRegion", "RU",
                "createAs", "LEAD",
                "slaMinutes", 0,
                "workingHours", Map.of("timeZone", "UTC", "opens", "00:00", "closes", "23:59",
                        "days", List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY")),
                "territoryRules", List.of(),
                "roundRobin", Map.of("userIds", List.of("rep"))))
                .put("/api/v1/lead-settings").then().statusCode(200);
        return tenant;
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
                + "  if (init && init.method === 'POST') { window.fieldcrmSent.push(init.body); window.fieldcrmSentTo = url; }"
                + "  return send.apply(this, arguments); };");
    }

    /** The one submission the page sent since {@link #recordSubmissions()}, as JSON. */
    private static JsonPath onlySubmission() {
        List<?> sent = (List<?>) browser.executeScript("return window.fieldcrmSent;");
        assertThat(sent).hasSize(1);
        return JsonPath.from((String) sent.get(0));
    }

    /** The inbound request stored for a submission to one of acme's forms. */
    private static Map<String, AttributeValue> storedRequest(JsonPath form, JsonPath submission) {
        return FormFixtures.inbound("acme", storedRequestId("acme", form, submission));
    }

    /** The id of the inbound request stored for a submission, found through its submission-id guard. */
    private static String storedRequestId(String tenant, JsonPath form, JsonPath submission) {
        return FormFixtures.guard(tenant, form.getString("id"), "SUB", submission.getString("submissionId"))
                .get("holderId").s();
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
