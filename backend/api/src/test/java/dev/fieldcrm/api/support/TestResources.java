package dev.fieldcrm.api.support;

import io.quarkus.test.common.QuarkusTestResource;

/**
 * Registers the DynamoDB Local resource and the CAPTCHA provider stub for every @QuarkusTest of this module (one app,
 * one database).
 */
@QuarkusTestResource(DynamoDbLocalResource.class)
@QuarkusTestResource(CaptchaStub.class)
public final class TestResources {
    private TestResources() {
    }
}
