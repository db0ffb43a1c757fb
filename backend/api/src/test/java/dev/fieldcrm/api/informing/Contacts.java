package dev.fieldcrm.api.informing;

import dev.fieldcrm.api.support.TestData;
import io.restassured.path.json.JsonPath;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static dev.fieldcrm.api.support.Api.as;

/** Contacts with or without consent, made through the API by a user of acme. */
final class Contacts {
    private Contacts() {
    }

    /** A contact with a unique email and phone; the created contact (id, details.emails[0] normalised …). */
    static JsonPath add(String user, String clientId, boolean emailConsent, boolean smsConsent) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", "Анна " + TestData.next());
        body.put("emails", List.of(TestData.email()));
        body.put("phones", List.of(TestData.phone()));
        body.put("emailConsent", emailConsent);
        body.put("smsConsent", smsConsent);
        return as("acme", user).body(body).post("/api/v1/clients/" + clientId + "/contacts")
                .then().statusCode(201).extract().jsonPath();
    }
}
