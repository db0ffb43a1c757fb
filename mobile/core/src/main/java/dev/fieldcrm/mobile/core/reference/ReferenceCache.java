package dev.fieldcrm.mobile.core.reference;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fieldcrm.mobile.core.api.ApiClient;
import dev.fieldcrm.mobile.core.api.ApiException;
import dev.fieldcrm.mobile.core.api.ApiRequest;
import dev.fieldcrm.mobile.core.api.Json;
import dev.fieldcrm.mobile.core.store.LocalRecord;
import dev.fieldcrm.mobile.core.store.LocalStore;
import dev.fieldcrm.mobile.core.store.RecordKind;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Reference data the rep needs offline, read while online and kept as store documents: the pipelines with the
 * won/lost reasons ({@value #SALES_SETUP}) and each client's price book ({@code price-book-<clientId>}). A failed
 * refresh keeps the last copy (the screens show how old it is); reading never touches the network.
 */
public final class ReferenceCache {
    static final String SALES_SETUP = "sales-setup";
    /** The API's largest page for catalog lists. */
    private static final int PAGE = 200;

    private final ApiClient api;
    private final LocalStore store;
    private final Clock clock;
    private final ObjectMapper json = Json.mapper();

    public ReferenceCache(ApiClient api, LocalStore store, Clock clock) {
        this.api = api;
        this.store = store;
        this.clock = clock;
    }

    /** The last sales setup read online, if any. */
    public Optional<SalesSetup> salesSetup() {
        return salesSetupIn(store);
    }

    /** The sales setup kept in a store (for read models that have only the store, e.g. the client card). */
    public static Optional<SalesSetup> salesSetupIn(LocalStore store) {
        return store.document(SALES_SETUP).map(doc -> Json.mapper().convertValue(doc, SalesSetup.class));
    }

    /** The client's last price book read online, if any. */
    public Optional<PriceBook> priceBook(String clientId) {
        return store.document(priceBookName(clientId)).filter(doc -> doc.hasNonNull("priceListId"))
                .map(doc -> json.convertValue(doc, PriceBook.class));
    }

    /** Reads pipelines and sales settings: GET /api/v1/pipelines · GET /api/v1/sales-settings. */
    public SalesSetup refreshSalesSetup() throws ApiException {
        List<JsonNode> pipelines = new ArrayList<>();
        api.send(ApiRequest.get("/api/v1/pipelines")).body().forEach(pipelines::add);
        JsonNode settings = api.send(ApiRequest.get("/api/v1/sales-settings")).body();
        SalesSetup setup = new SalesSetup(pipelines, strings(settings.path("lostReasons")),
                strings(settings.path("wonReasons")), settings.path("defaultCurrency").asText(null), clock.instant());
        store.putDocument(SALES_SETUP, json.valueToTree(setup));
        return setup;
    }

    /**
     * Reads the client's applicable price list with its lines, the catalog products and the client's
     * conditions-package discount: GET …/clients/{id}/price-list · GET /price-lists/{id}/lines (pages of 200) ·
     * GET /products (pages) · GET /conditions-packages/{code} when the client has one. A client without an
     * applicable list gets no price book (404 from the server): the previous one, if any, is dropped.
     */
    public Optional<PriceBook> refreshPriceBook(String clientId) throws ApiException {
        JsonNode choice;
        try {
            choice = api.send(ApiRequest.get("/api/v1/clients/" + clientId + "/price-list")).body();
        } catch (ApiException.Rejected none) {
            if (none.status() != 404) {
                throw none;
            }
            store.putDocument(priceBookName(clientId), store.newObject());
            return Optional.empty();
        }
        JsonNode list = choice.path("priceList");
        String listId = list.path("id").asText();
        Map<String, BigDecimal> prices = new HashMap<>();
        readPages("/api/v1/price-lists/" + listId + "/lines",
                line -> prices.put(line.path("sku").asText(), Json.decimal(line.path("price"))));
        List<PriceBook.Item> items = new ArrayList<>();
        readPages("/api/v1/products", product -> {
            BigDecimal price = prices.get(product.path("sku").asText());
            BigDecimal vatRate = Json.decimal(product.path("vatRate"));
            if (price != null && vatRate != null && product.path("active").asBoolean(true)) {
                items.add(new PriceBook.Item(product.path("sku").asText(), product.path("name").asText(),
                        product.path("unit").asText(""), price, vatRate));
            }
        });
        items.sort(Comparator.comparing(PriceBook.Item::name).thenComparing(PriceBook.Item::sku));
        PriceBook book = new PriceBook(clientId, listId, list.path("name").asText(""), list.path("currency").asText(),
                discountOf(clientId), items, clock.instant());
        store.putDocument(priceBookName(clientId), json.valueToTree(book));
        return Optional.of(book);
    }

    private BigDecimal discountOf(String clientId) throws ApiException {
        String code = store.get(RecordKind.CLIENT, clientId).map(LocalRecord::data)
                .map(client -> client.path("details").path("conditionsPackage").asText(null)).orElse(null);
        if (code == null || code.isBlank()) {
            return BigDecimal.ZERO;
        }
        JsonNode pkg = api.send(ApiRequest.get("/api/v1/conditions-packages/"
                + URLEncoder.encode(code, StandardCharsets.UTF_8))).body();
        BigDecimal discount = Json.decimal(pkg.path("discountPercent"));
        return discount == null ? BigDecimal.ZERO : discount;
    }

    private void readPages(String path, Consumer<JsonNode> each) throws ApiException {
        String cursor = null;
        do {
            String page = path + "?limit=" + PAGE
                    + (cursor == null ? "" : "&cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8));
            JsonNode body = api.send(ApiRequest.get(page)).body();
            body.path("items").forEach(each);
            cursor = body.path("nextCursor").asText(null);
        } while (cursor != null && !cursor.isEmpty());
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }

    private static String priceBookName(String clientId) {
        return "price-book-" + clientId.replaceAll("[^A-Za-z0-9._-]", "_");
    }
}
