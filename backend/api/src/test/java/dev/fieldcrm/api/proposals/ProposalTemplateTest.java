package dev.fieldcrm.api.proposals;

import dev.fieldcrm.api.support.DynamoCalls;
import dev.fieldcrm.api.support.TestData;
import dev.fieldcrm.core.shared.Role;
import dev.fieldcrm.core.users.User;
import dev.fieldcrm.core.users.UserStore;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static dev.fieldcrm.api.proposals.Proposals.download;
import static dev.fieldcrm.api.proposals.Proposals.line;
import static dev.fieldcrm.api.proposals.Proposals.path;
import static dev.fieldcrm.api.proposals.Proposals.pdfText;
import static dev.fieldcrm.api.proposals.Proposals.request;
import static dev.fieldcrm.api.proposals.Proposals.utf8;
import static dev.fieldcrm.api.support.Api.as;
import static dev.fieldcrm.api.support.Problems.assertProblem;
import static dev.fieldcrm.api.support.Problems.fields;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** Each test runs in a tenant of its own (an admin and a rep), so a replaced template touches no other test. */
@QuarkusTest
class ProposalTemplateTest {
    private static final String TEMPLATES = "/api/v1/templates/proposal";
    private static final String CUSTOM = """
            <!DOCTYPE html>
            <html xmlns="http://www.w3.org/1999/xhtml"><head><meta charset="utf-8"/><title>{number}</title></head>
            <body style="font-family: Arial">
            <h1>Предложение от {seller}</h1>
            <p>Для: {client.name}</p>
            {#for line in lines}<p>{line.no}. {line.name}: {line.total}</p>{/for}
            <p>Итого: {totals.total} {currency}</p>
            </body></html>
            """;

    @Inject
    UserStore users;

    @Inject
    DynamoCalls calls;

    private String tenant;

    @BeforeEach
    void aTenantOfItsOwn() {
        tenant = "tpl" + TestData.next();
        users.save(tenant, new User("boss", "Boss", "boss@example.com", Set.of(Role.ADMIN), "hq", "Europe/Moscow", "ru", true, 1));
        users.save(tenant, new User("seller", "Seller", "seller@example.com", Set.of(Role.REP), "hq", "Europe/Moscow", "ru", true, 1));
    }

    private static Map<String, Object> template(String source) {
        return Map.of("source", source, "sellerName", "ТД «Север»");
    }

    @Test
    void untilAnAdminReplacesIt_theTemplateIsTheBuiltInOne_atVersion0() {
        dev.fieldcrm.api.support.Api.token(tenant, "boss");
        calls.reset();
        as(tenant, "boss").get(TEMPLATES).then().statusCode(200)
                .header("ETag", "\"0\"")
                .body("version", equalTo(0))
                .body("builtIn", equalTo(true))
                .body("source", org.hamcrest.Matchers.containsString("{client.displayName}"));
        assertThat(calls.made()).containsExactly("GetItem");
    }

    @Test
    void anAdminsTemplate_isUsedForTheTenantsNextProposals_withTheSellerName() {
        as(tenant, "boss").header("If-Match", "\"0\"").body(template(CUSTOM)).put(TEMPLATES)
                .then().statusCode(200).header("ETag", "\"1\"").body("updatedBy", equalTo("boss"));
        as(tenant, "boss").get(TEMPLATES).then().statusCode(200).header("ETag", "\"1\"").body("source", equalTo(CUSTOM));

        String client = as(tenant, "seller").body(TestData.client("Клиент " + TestData.next())).post("/api/v1/clients")
                .then().statusCode(201).extract().path("id");
        JsonPath proposal = as(tenant, "seller").body(request("Offer", List.of(line()))).post(path(client))
                .then().statusCode(201).extract().jsonPath();

        String html = utf8(download(tenant, "seller", proposal.getString("htmlUrl")));
        assertThat(html).contains("Предложение от ТД «Север»").doesNotContain("Коммерческое предложение");
        assertThat(Proposals.withoutSpaces(html)).contains("1.Стеллажскладской:3240,00");
        // The template asks for Arial: the embedded font still prints the Cyrillic text.
        assertThat(pdfText(download(tenant, "seller", proposal.getString("pdfUrl")))).contains("Предложение от ТД «Север»");
    }

    @Test
    void aTemplateThatDoesNotParse_isRefusedWith422_namingTheLine_andTheOldOneStays() {
        String broken = "<html>\n<body>\n{#if client.name}\n<p>{client.name}</p>\n</body></html>";

        JsonPath problem = assertProblem(as(tenant, "boss").header("If-Match", "\"0\"").body(template(broken)).put(TEMPLATES), 422);

        assertThat(fields(problem)).containsExactly("source");
        assertThat(problem.getString("errors[0].message")).containsIgnoringCase("line");
        as(tenant, "boss").get(TEMPLATES).then().header("ETag", "\"0\"");
    }

    @Test
    void aTemplateNamingUnknownData_orRenderingMalformedXhtml_isRefusedWith422() {
        String unknown = "<html><body>{client.nickname}</body></html>";
        String notXhtml = "<html><body><p>{client.name}&nbsp;<br></body></html>";

        assertThat(fields(assertProblem(as(tenant, "boss").header("If-Match", "\"0\"").body(template(unknown)).put(TEMPLATES), 422)))
                .containsExactly("source");
        JsonPath malformed = assertProblem(as(tenant, "boss").header("If-Match", "\"0\"").body(template(notXhtml)).put(TEMPLATES), 422);
        assertThat(malformed.getString("errors[0].message")).contains("XHTML");
    }

    @Test
    void aTemplateRenderingAHugePage_isRefusedWith422() {
        String huge = "<html><body>{#for i in 100000}<p>{client.name}: one more paragraph of a page without end</p>{/for}</body></html>";

        JsonPath problem = assertProblem(as(tenant, "boss").header("If-Match", "\"0\"").body(template(huge)).put(TEMPLATES), 422);

        assertThat(problem.getString("errors[0].message")).contains("characters of HTML");
    }

    @Test
    void aTemplateWithAnEntityReadingAServerFile_isRefused() {
        String entity = "<!DOCTYPE html [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]>\n"
                + "<html><body>&secret;{client.name}</body></html>";

        assertThat(fields(assertProblem(as(tenant, "boss").header("If-Match", "\"0\"").body(template(entity)).put(TEMPLATES), 422)))
                .containsExactly("source");
    }

    @Test
    void aStaleOrMissingIfMatch_isRefused_andOnlyAnAdminManagesTheTemplate() {
        as(tenant, "boss").header("If-Match", "\"0\"").body(template(CUSTOM)).put(TEMPLATES).then().statusCode(200);

        JsonPath stale = assertProblem(as(tenant, "boss").header("If-Match", "\"0\"").body(template(CUSTOM)).put(TEMPLATES), 412);
        assertThat(stale.getLong("currentVersion")).isEqualTo(1);
        assertProblem(as(tenant, "boss").body(template(CUSTOM)).put(TEMPLATES), 428);
        assertProblem(as(tenant, "seller").get(TEMPLATES), 403);
        assertProblem(as(tenant, "seller").header("If-Match", "\"1\"").body(template(CUSTOM)).put(TEMPLATES), 403);
        assertProblem(as("acme", "mgr").header("If-Match", "\"1\"").body(template(CUSTOM)).put(TEMPLATES), 403);
    }

    @Test
    void anotherTenantsAdmin_neverSeesThisTenantsTemplate() {
        as(tenant, "boss").header("If-Match", "\"0\"").body(template(CUSTOM)).put(TEMPLATES).then().statusCode(200);
        String other = "tpl" + TestData.next();
        users.save(other, new User("boss", "Boss", "boss@example.com", Set.of(Role.ADMIN), "hq", "UTC", "en", true, 1));

        as(other, "boss").get(TEMPLATES).then().statusCode(200).header("ETag", "\"0\"")
                .body("source", org.hamcrest.Matchers.not(equalTo(CUSTOM)));
    }
}
