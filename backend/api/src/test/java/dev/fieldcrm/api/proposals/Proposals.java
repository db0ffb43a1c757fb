package dev.fieldcrm.api.proposals;

import io.restassured.path.json.JsonPath;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static dev.fieldcrm.api.support.Api.as;

/** Requests and readings shared by the proposal tests. */
final class Proposals {
    private Proposals() {
    }

    static String path(String clientId) {
        return "/api/v1/clients/" + clientId + "/proposals";
    }

    /** A line as a rep types it: 2 × 1 500.00, 10 % off, VAT 20 % → net 2 700.00, VAT 540.00, total 3 240.00. */
    static Map<String, Object> line() {
        return Map.of("sku", "ST-100", "name", "Стеллаж складской", "unit", "шт", "quantity", "2", "price", "1500.00",
                "discountPercent", "10", "vatRate", "20");
    }

    static Map<String, Object> request(String title, List<Map<String, Object>> lines) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", title);
        body.put("currency", "RUB");
        body.put("lines", lines);
        return body;
    }

    /** A file's bytes as downloaded through the files endpoint by an acme user. */
    static byte[] download(String tenant, String user, String url) {
        return as(tenant, user).accept("*/*").get(url).then().statusCode(200).extract().asByteArray();
    }

    static String pdfText(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text with every kind of space removed (ru amounts group thousands with a no-break space). */
    static String withoutSpaces(String text) {
        return text.replaceAll("[\\s\\u00a0\\u202f]", "");
    }

    static String utf8(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    static JsonPath list(String tenant, String user, String clientId) {
        return as(tenant, user).get(path(clientId)).then().statusCode(200).extract().jsonPath();
    }
}
