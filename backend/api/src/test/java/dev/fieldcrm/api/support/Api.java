package dev.fieldcrm.api.support;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Requests as a given user of a given tenant, with a token from the local login. */
public final class Api {
    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

    private Api() {
    }

    public static RequestSpecification as(String tenant, String user) {
        return RestAssured.given().contentType(ContentType.JSON).accept(ContentType.JSON)
                .header("Authorization", "Bearer " + token(tenant, user));
    }

    public static String token(String tenant, String user) {
        return TOKENS.computeIfAbsent(tenant + "/" + user, k -> RestAssured.given().contentType(ContentType.JSON)
                .body(Map.of("tenantId", tenant, "userId", user))
                .post("/api/v1/local/login")
                .then().statusCode(200)
                .extract().path("accessToken"));
    }

    public static RequestSpecification anonymous() {
        return RestAssured.given().contentType(ContentType.JSON).accept(ContentType.JSON);
    }
}
