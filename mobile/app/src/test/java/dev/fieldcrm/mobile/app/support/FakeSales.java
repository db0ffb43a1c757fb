package dev.fieldcrm.mobile.app.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fieldcrm.mobile.core.api.Json;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * The sales part of {@link FakeBackend}: one pipeline with its rules (a proposal needs an amount and a proposal link;
 * lost needs a reason from the list), deals with versions (If-Match, 412 when stale, 422 naming missing fields as the
 * real DealService does), a price list with a catalog and a conditions-package discount, and orders created under the
 * phone's id (a replay answers the stored order) and submitted at their version. Orders are priced here by the
 * server's rule: per line net = round(price × qty × (100 − discount) / 100, 2), VAT = round(net × rate / 100, 2).
 */
final class FakeSales {
    /** What {@link FakeBackend} writes back: status, JSON body and ETag version (or null). */
    record Reply(int status, JsonNode body, String etag) {
    }

    private final ObjectMapper json = Json.mapper();
    private final BiConsumer<String, ObjectNode> changed;
    private final ObjectNode pipeline = json.createObjectNode().put("id", "sales").put("name", "Sales")
            .put("version", 1);
    private final Map<String, ObjectNode> deals = new LinkedHashMap<>();
    private final Map<String, ObjectNode> orders = new LinkedHashMap<>();
    /** sku → {name, unit, vatRate, price} on price list PL-GOLD. */
    private final Map<String, String[]> catalog = new LinkedHashMap<>();
    private final List<String> dealMoves = new ArrayList<>();

    FakeSales(BiConsumer<String, ObjectNode> changed) {
        this.changed = changed;
        ArrayNode stages = pipeline.putArray("stages");
        // id, name, kind, required fields…
        for (String[] stage : new String[][] {{"new", "New", "OPEN"},
                {"proposal", "Proposal", "OPEN", "AMOUNT", "PROPOSAL_LINK"}, {"negotiation", "Negotiation", "OPEN"},
                {"won", "Won", "WON"}, {"lost", "Lost", "LOST"}}) {
            ArrayNode required = stages.addObject().put("id", stage[0]).put("name", stage[1]).put("kind", stage[2])
                    .putArray("requiredFields");
            for (int i = 3; i < stage.length; i++) {
                required.add(stage[i]);
            }
        }
        catalog.put("BEANS-1KG", new String[] {"Kenya roast, beans 1 kg", "pcs", "20", "1234.56"});
        catalog.put("CUPS-100", new String[] {"Paper cups, box of 100", "box", "20", "349.90"});
        catalog.put("MILK-1L", new String[] {"Barista milk 1 l", "pcs", "10", "119.99"});
    }

    ObjectNode deal(String id, String clientId, String title, String stageId, String amount) {
        ObjectNode deal = json.createObjectNode().put("id", id).put("clientId", clientId).put("title", title)
                .put("pipelineId", "sales").put("stageId", stageId).put("status", "OPEN").put("version", 1);
        if (amount != null) {
            deal.putObject("amount").put("amount", amount).put("currency", "RUB");
        }
        deals.put(id, deal);
        return deal;
    }

    void moveOnServer(String dealId, String stageId) {
        ObjectNode deal = deals.get(dealId);
        deal.put("stageId", stageId).put("version", deal.get("version").asLong() + 1);
        changed.accept("deal", deal);
    }

    ObjectNode storedDeal(String id) {
        return deals.get(id).deepCopy();
    }

    List<String> dealMoves() {
        return List.copyOf(dealMoves);
    }

    List<ObjectNode> storedOrders() {
        return orders.values().stream().map(ObjectNode::deepCopy).toList();
    }

    /** Records for the sync snapshot: [kind, data]. */
    List<ObjectNode[]> snapshot() {
        List<ObjectNode[]> records = new ArrayList<>();
        deals.values().forEach(d -> records.add(new ObjectNode[] {json.createObjectNode().put("kind", "deal"), d}));
        orders.values().forEach(o -> records.add(new ObjectNode[] {json.createObjectNode().put("kind", "order"), o}));
        return records;
    }

    /** The answer for a sales request, or null when the path is not a sales one. */
    Reply handle(String method, String path, String ifMatch, JsonNode body) {
        String[] parts = path.split("/");
        if (path.equals("/api/v1/pipelines")) {
            return ok(json.createArrayNode().add(pipeline), null);
        } else if (path.equals("/api/v1/sales-settings")) {
            ObjectNode settings = json.createObjectNode().put("defaultCurrency", "RUB").put("version", 1);
            settings.putArray("lostReasons").add("Price").add("Chose a competitor");
            settings.putArray("wonReasons").add("Best offer");
            return ok(settings, null);
        } else if (path.matches("/api/v1/clients/[^/]+/price-list")) {
            ObjectNode choice = json.createObjectNode().put("reason", "CONDITIONS_PACKAGE");
            choice.putObject("priceList").put("id", "PL-GOLD").put("name", "Gold 2026").put("currency", "RUB");
            return ok(choice, null);
        } else if (path.equals("/api/v1/price-lists/PL-GOLD/lines")) {
            ArrayNode items = json.createArrayNode();
            catalog.forEach((sku, p) -> items.addObject().put("priceListId", "PL-GOLD").put("sku", sku)
                    .put("price", p[3]));
            return ok(json.createObjectNode().set("items", items), null);
        } else if (path.equals("/api/v1/products")) {
            ArrayNode items = json.createArrayNode();
            catalog.forEach((sku, p) -> items.addObject().put("sku", sku).put("name", p[0]).put("unit", p[1])
                    .put("vatRate", p[2]).put("active", true));
            return ok(json.createObjectNode().set("items", items), null);
        } else if (path.equals("/api/v1/conditions-packages/GOLD")) {
            return ok(json.createObjectNode().put("code", "GOLD").put("discountPercent", "5"), null);
        } else if (path.matches("/api/v1/deals/[^/]+(/moves)?")) {
            return deal(method, parts[4], path.endsWith("/moves"), ifMatch, body);
        } else if (path.matches("/api/v1/clients/[^/]+/orders/[^/]+(/submit)?")) {
            return order(method, parts[4], parts[6], path.endsWith("/submit"), ifMatch, body);
        }
        return null;
    }

    private Reply deal(String method, String id, boolean move, String ifMatch, JsonNode body) {
        ObjectNode deal = deals.get(id);
        if (deal == null) {
            return problem(404, "not-found", "no deal " + id);
        }
        if (method.equals("GET")) {
            ObjectNode view = json.createObjectNode();
            view.set("deal", deal);
            view.putArray("history");
            return ok(view, deal.get("version").asText());
        }
        if (ifMatch == null || !ifMatch.replace("\"", "").equals(deal.get("version").asText())) {
            return problem(412, "version-conflict", "the deal was changed by someone else");
        }
        if (!move) {
            body.fields().forEachRemaining(field -> deal.set(field.getKey(), field.getValue()));
        } else {
            JsonNode stage = stage(body.path("stageId").asText());
            List<String> missing = new ArrayList<>();
            for (JsonNode required : stage == null ? json.createArrayNode() : stage.path("requiredFields")) {
                String field = required.asText().equals("AMOUNT") ? "amount" : "proposalLink";
                if (!deal.hasNonNull(field)) {
                    missing.add(field);
                }
            }
            if (stage == null || !missing.isEmpty()) {
                return problem(422, "validation-failed", "missing " + missing);
            }
            String kind = stage.get("kind").asText();
            deal.put("stageId", stage.get("id").asText()).put("status", kind.equals("OPEN") ? "OPEN" : kind);
            if (body.hasNonNull("reason")) {
                deal.put("closeReason", body.get("reason").asText());
            }
            dealMoves.add(id + "→" + stage.get("id").asText());
        }
        deal.put("version", deal.get("version").asLong() + 1);
        changed.accept("deal", deal);
        return ok(deal, deal.get("version").asText());
    }

    private JsonNode stage(String stageId) {
        for (JsonNode stage : pipeline.get("stages")) {
            if (stage.get("id").asText().equals(stageId)) {
                return stage;
            }
        }
        return null;
    }

    private Reply order(String method, String clientId, String id, boolean submit, String ifMatch, JsonNode body) {
        ObjectNode order = orders.get(id);
        if (method.equals("GET") || method.equals("PUT") && order != null && ifMatch == null) {
            // A GET, or the same offline creation arriving again: the stored order.
            return order == null ? problem(404, "not-found", "no order " + id) : ok(order, order.get("version").asText());
        }
        if (method.equals("PUT")) {
            order = priced(clientId, id, body);
            orders.put(id, order);
            changed.accept("order", order);
            return ok(order, "1");
        }
        if (order == null) {
            return problem(404, "not-found", "no order " + id);
        }
        if (!submit || ifMatch == null || !ifMatch.replace("\"", "").equals(order.get("version").asText())) {
            return problem(412, "version-conflict", "the order was changed by someone else");
        }
        order.put("status", "SUBMITTED").put("version", order.get("version").asLong() + 1);
        changed.accept("order", order);
        return ok(order, order.get("version").asText());
    }

    private ObjectNode priced(String clientId, String id, JsonNode input) {
        BigDecimal keep = new BigDecimal("95");
        ObjectNode order = json.createObjectNode().put("id", id).put("clientId", clientId).put("status", "DRAFT")
                .put("currency", "RUB").put("priceListId", "PL-GOLD").put("discountPercent", "5").put("version", 1);
        ArrayNode lines = order.putArray("lines");
        BigDecimal net = BigDecimal.ZERO;
        BigDecimal vat = BigDecimal.ZERO;
        for (JsonNode line : input.path("lines")) {
            String[] product = catalog.get(line.get("sku").asText());
            BigDecimal quantity = new BigDecimal(line.get("quantity").asText());
            BigDecimal lineNet = new BigDecimal(product[3]).multiply(quantity).multiply(keep)
                    .divide(new BigDecimal("100"), 2, RoundingMode.HALF_UP);
            BigDecimal lineVat = lineNet.multiply(new BigDecimal(product[2]))
                    .divide(new BigDecimal("100"), 2, RoundingMode.HALF_UP);
            lines.addObject().put("sku", line.get("sku").asText()).put("name", product[0])
                    .put("quantity", quantity.toPlainString()).put("price", product[3])
                    .put("net", lineNet.toPlainString()).put("vat", lineVat.toPlainString());
            net = net.add(lineNet);
            vat = vat.add(lineVat);
        }
        // Money as strings, as the real API writes it.
        return order.put("net", net.setScale(2).toPlainString()).put("vat", vat.setScale(2).toPlainString())
                .put("gross", net.add(vat).setScale(2).toPlainString());
    }

    private Reply ok(JsonNode body, String etag) {
        return new Reply(200, body, etag);
    }

    private Reply problem(int status, String type, String detail) {
        ObjectNode problem = json.createObjectNode().put("type", "https://fieldcrm.dev/problems/" + type)
                .put("title", type).put("status", status).put("detail", detail);
        return new Reply(status, problem, null);
    }
}
