package dev.fieldcrm.worker.local;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fieldcrm.worker.schedule.ScheduleHandler;
import dev.fieldcrm.worker.stream.StreamHandler;
import io.quarkus.amazon.lambda.runtime.AmazonLambdaMapperRecorder;
import jakarta.inject.Named;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * The local run's one worker process serves both triggers ({@code QUARKUS_LAMBDA_HANDLER=local}, dev profile): it
 * looks at the event JSON — a DynamoDB stream batch ({@code Records}) or an EventBridge {@code Scheduled Event} — and
 * hands it to the {@link StreamHandler} or the {@link ScheduleHandler}, read and answered with the object mapper
 * Quarkus's Lambda runtime uses for those handlers, so the JSON goes through the same (de)serialisation as in AWS.
 * In AWS each trigger has its own Lambda function with its own handler; this one is never configured there.
 */
@Named("local")
public class LocalDispatchHandler implements RequestStreamHandler {
    private final StreamHandler stream;
    private final ScheduleHandler schedule;

    LocalDispatchHandler(StreamHandler stream, ScheduleHandler schedule) {
        this.stream = stream;
        this.schedule = schedule;
    }

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        ObjectMapper mapper = AmazonLambdaMapperRecorder.objectMapper;
        JsonNode event = mapper.readTree(input);
        Object response;
        if (event.has("Records")) {
            response = stream.handleRequest(mapper.treeToValue(event, DynamodbEvent.class), context);
        } else if ("Scheduled Event".equals(event.path("detail-type").asText())) {
            response = schedule.handleRequest(mapper.treeToValue(event, ScheduledEvent.class), context);
        } else {
            throw new IllegalArgumentException("neither a DynamoDB stream batch nor an EventBridge scheduled event");
        }
        mapper.writeValue(output, response);
    }
}
