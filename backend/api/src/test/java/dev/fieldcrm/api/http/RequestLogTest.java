package dev.fieldcrm.api.http;

import io.quarkus.test.junit.QuarkusTest;
import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import dev.fieldcrm.api.support.Api;

import static dev.fieldcrm.api.support.Api.anonymous;
import static dev.fieldcrm.api.support.Api.as;
import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
class RequestLogTest {
    private final List<ExtLogRecord> records = new CopyOnWriteArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            if (record instanceof ExtLogRecord ext) {
                ext.copyMdc();
                records.add(ext);
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void capture() {
        Api.token("acme", "rep1"); // log in before capturing, so only the request under test is seen
        Logger.getLogger(RequestLog.LOGGER).addHandler(capture);
    }

    @AfterEach
    void release() {
        Logger.getLogger(RequestLog.LOGGER).removeHandler(capture);
    }

    @Test
    void everyRequestLogsOneLine_withRequestIdTenantAndUser_andNoPayload() {
        as("acme", "rep1").get("/api/v1/agenda").then().statusCode(200);

        assertThat(records).hasSize(1);
        ExtLogRecord line = records.getFirst();
        assertThat(line.getFormattedMessage()).startsWith("GET /api/v1/agenda 200 ");
        assertThat(line.getMdc("tenant")).isEqualTo("acme");
        assertThat(line.getMdc("user")).isEqualTo("rep1");
        assertThat(line.getMdc("requestId")).isNotBlank();
    }

    @Test
    void anUnauthenticatedRequest_isLoggedWithoutTheTenantOfAnEarlierRequest() {
        as("acme", "rep1").get("/api/v1/agenda").then().statusCode(200);
        anonymous().get("/api/v1/agenda").then().statusCode(401);

        assertThat(records).hasSize(2);
        assertThat(records.get(1).getFormattedMessage()).startsWith("GET /api/v1/agenda 401 ");
        assertThat(records.get(1).getMdc("tenant")).isNull();
        assertThat(records.get(1).getMdc("requestId")).isNotEqualTo(records.get(0).getMdc("requestId"));
    }
}
