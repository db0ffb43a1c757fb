package dev.fieldcrm.api.proposals;

import dev.fieldcrm.api.support.DynamoCalls;
import dev.fieldcrm.api.support.Given;
import dev.fieldcrm.api.support.TestData;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static dev.fieldcrm.api.proposals.Proposals.download;
import static dev.fieldcrm.api.proposals.Proposals.line;
import static dev.fieldcrm.api.proposals.Proposals.list;
import static dev.fieldcrm.api.proposals.Proposals.path;
import static dev.fieldcrm.api.proposals.Proposals.pdfText;
import static dev.fieldcrm.api.proposals.Proposals.request;
import static dev.fieldcrm.api.proposals.Proposals.utf8;
import static dev.fieldcrm.api.support.Api.as;
import static dev.fieldcrm.api.support.Problems.assertProblem;
import static dev.fieldcrm.api.support.Problems.fields;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class ProposalTest {

    @Inject
    DynamoCalls calls;

    private static String contact(String user, String clientId, String name, String position) {
        return as("acme", user).body(Map.of("name", name, "position", position))
                .post("/api/v1/clients/" + clientId + "/contacts").then().statusCode(201).extract().path("id");
    }

    @Test
    void aProposal_isRenderedToPdfAndHtml_storedUnderTheClient_andRecordedWithItsTotals() {
        String name = "Ёлка и Партнёры " + TestData.next();
        String client = Given.client("rep1", name);
        String contact = contact("rep1", client, "Ирина Смирнова", "Директор по закупкам");
        Map<String, Object> body = request("Оснащение склада", List.of(line(),
                Map.of("name", "Монтаж", "unit", "ч", "quantity", "1.5", "price", "999.99", "vatRate", "0")));
        body.put("contactId", contact);
        body.put("notes", "Доставка за 5 рабочих дней");

        calls.reset();
        JsonPath created = as("acme", "rep1").header("Idempotency-Key", "proposal-" + TestData.next()).body(body)
                .post(path(client))
                .then().statusCode(201).header("ETag", "\"1\"")
                .extract().jsonPath();
        List<String> createCalls = calls.made();

        String id = created.getString("id");
        // 2 × 1500 − 10 % = 2700.00 + VAT 540.00; 1.5 × 999.99 = 1499.985 → 1499.99, no VAT.
        assertThat(created.getString("totals.net")).isEqualTo("4199.99");
        assertThat(created.getString("totals.vat")).isEqualTo("540.00");
        assertThat(created.getString("totals.total")).isEqualTo("4739.99");
        assertThat(created.getInt("lineCount")).isEqualTo(2);
        assertThat(created.getString("contactId")).isEqualTo(contact);
        assertThat(created.getString("createdBy")).isEqualTo("rep1");
        assertThat(created.getString("date")).isEqualTo(LocalDate.now(ZoneId.of("Europe/Moscow")).toString());
        assertThat(created.getString("validUntil")).isEqualTo(LocalDate.parse(created.getString("date")).plusDays(30).toString());
        assertThat(created.getString("pdfUrl")).isEqualTo("/api/v1/files/clients/" + client + "/proposals/" + id + ".pdf");
        assertThat(created.getString("htmlUrl")).isEqualTo("/api/v1/files/clients/" + client + "/proposals/" + id + ".html");
        // Card (access, contact) · template · one transaction (proposal, audit, idempotency record).
        assertThat(createCalls).containsExactly("GetItem", "Query", "GetItem", "TransactWriteItems");

        byte[] pdf = download("acme", "rep1", created.getString("pdfUrl"));
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        String text = pdfText(pdf);
        assertThat(text).contains(name, "Ирина Смирнова", "Оснащение склада", "Стеллаж складской", "Коммерческое предложение",
                "Доставка за 5 рабочих дней", created.getString("number"));
        assertThat(Proposals.withoutSpaces(text)).contains("4739,99RUB", "Стр.1/1");

        String html = utf8(download("acme", "rep1", created.getString("htmlUrl")));
        assertThat(html).contains(name, "Директор по закупкам", "ST-100");
    }

    @Test
    void theClientsProposals_areListedNewestFirst_withOneGetAndOneQuery() {
        String client = Given.client("rep1");
        String first = as("acme", "rep1").body(request("First", List.of(line()))).post(path(client))
                .then().statusCode(201).extract().path("id");
        String second = as("acme", "rep1").body(request("Second", List.of(line()))).post(path(client))
                .then().statusCode(201).extract().path("id");

        calls.reset();
        JsonPath page = list("acme", "rep1", client);

        assertThat(calls.made()).containsExactly("GetItem", "Query");
        assertThat(page.getList("items.id", String.class)).containsExactly(second, first);
        assertThat(page.getList("items.title", String.class)).containsExactly("Second", "First");
        assertThat(page.getString("items[0].totals.total")).isEqualTo("3240.00");
        assertThat(list("acme", "mgr", client).getList("items.id", String.class)).containsExactly(second, first);
    }

    @Test
    void aClientNamedLikeMarkup_isEscapedInTheRenderedPage() {
        String client = Given.client("rep1", "<script>alert('x')</script> & Co " + TestData.next());

        String url = as("acme", "rep1").body(request("<b>bold</b> offer", List.of(line()))).post(path(client))
                .then().statusCode(201).extract().path("htmlUrl");

        String html = utf8(download("acme", "rep1", url));
        assertThat(html).doesNotContain("<script>", "<b>bold</b>");
        assertThat(html).contains("&lt;script&gt;", "&amp; Co", "&lt;b&gt;bold&lt;/b&gt; offer");
    }

    @Test
    void aReplayWithTheSameIdempotencyKey_returnsTheFirstProposal_andRecordsNoSecond() {
        String client = Given.client("rep1");
        String key = "proposal-replay-" + TestData.next();
        Map<String, Object> body = request("Once", List.of(line()));

        String first = as("acme", "rep1").header("Idempotency-Key", key).body(body).post(path(client))
                .then().statusCode(201).extract().path("id");
        as("acme", "rep1").header("Idempotency-Key", key).body(body).post(path(client))
                .then().statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo(first));

        assertThat(list("acme", "rep1", client).getList("items.id", String.class)).containsExactly(first);
    }

    @Test
    void aRepOfAnotherTeam_andAnotherTenant_canNeitherMakeNorListAClientsProposals() {
        String client = Given.client("rep1");
        as("acme", "rep1").body(request("Mine", List.of(line()))).post(path(client)).then().statusCode(201);

        for (String[] outsider : List.of(new String[]{"acme", "rep3"}, new String[]{"acme", "rep2"},
                new String[]{"globex", "grep"}, new String[]{"globex", "gmgr"})) {
            assertProblem(as(outsider[0], outsider[1]).body(request("Theirs", List.of(line()))).post(path(client)), 404);
            assertProblem(as(outsider[0], outsider[1]).get(path(client)), 404);
        }
        assertThat(list("acme", "rep1", client).getList("items.title", String.class)).containsExactly("Mine");
    }

    @Test
    void aProposalForADeal_recordsTheDealsId() {
        String client = Given.client("rep1");
        String deal = TestData.ulid();
        Map<String, Object> body = request("For the deal", List.of(line()));
        body.put("dealId", deal);

        as("acme", "rep1").body(body).post(path(client)).then().statusCode(201).body("dealId", equalTo(deal));

        assertThat(list("acme", "rep1", client).getString("items[0].dealId")).isEqualTo(deal);
    }

    @Test
    void theTeamsManager_mayMakeAProposalForARepsClient() {
        String client = Given.client("rep1");

        as("acme", "mgr").body(request("From the manager", List.of(line()))).post(path(client))
                .then().statusCode(201).body("createdBy", equalTo("mgr"));
    }

    @Test
    void badLines_anUnknownContact_orAPastValidity_areRefusedWith422_andNothingIsRecorded() {
        String client = Given.client("rep1");
        String otherClientsContact = contact("rep1", Given.client("rep1"), "Someone Else", "Buyer");

        Response noLines = as("acme", "rep1").body(request("Empty", List.of())).post(path(client));
        assertThat(fields(assertProblem(noLines, 422))).contains("lines");

        Map<String, Object> zeroQuantity = new HashMap<>(line());
        zeroQuantity.put("quantity", "0");
        Response badLine = as("acme", "rep1").body(request("Zero", List.of(line(), zeroQuantity))).post(path(client));
        assertThat(fields(assertProblem(badLine, 422))).anySatisfy(field -> assertThat(field).contains("quantity"));

        // Until price lists are wired in, a line naming only its sku lacks what the price list would give.
        Response skuOnly = as("acme", "rep1").body(request("By sku", List.of(Map.of("sku", "ST-100", "quantity", "1"))))
                .post(path(client));
        assertThat(fields(assertProblem(skuOnly, 422))).containsExactly("lines[0].name");

        Map<String, Object> badDeal = request("Deal", List.of(line()));
        badDeal.put("dealId", "not-a-ulid");
        assertThat(fields(assertProblem(as("acme", "rep1").body(badDeal).post(path(client)), 422))).containsExactly("dealId");

        Map<String, Object> foreignContact = request("Foreign contact", List.of(line()));
        foreignContact.put("contactId", otherClientsContact);
        assertThat(fields(assertProblem(as("acme", "rep1").body(foreignContact).post(path(client)), 422)))
                .containsExactly("contactId");

        Map<String, Object> expired = request("Expired", List.of(line()));
        expired.put("validUntil", "2020-01-01");
        assertThat(fields(assertProblem(as("acme", "rep1").body(expired).post(path(client)), 422)))
                .containsExactly("validUntil");

        Map<String, Object> badCurrency = request("Rubles", List.of(line()));
        badCurrency.put("currency", "rub");
        assertThat(fields(assertProblem(as("acme", "rep1").body(badCurrency).post(path(client)), 422)))
                .anySatisfy(field -> assertThat(field).contains("currency"));

        assertThat(list("acme", "rep1", client).getList("items")).isEmpty();
    }
}
