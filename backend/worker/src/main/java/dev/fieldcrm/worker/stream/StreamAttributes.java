package dev.fieldcrm.worker.stream;

import com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue;
import software.amazon.awssdk.core.SdkBytes;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Lambda's stream-event attribute values → the AWS SDK's, which the core's item codec reads. */
final class StreamAttributes {
    private StreamAttributes() {
    }

    static Map<String, software.amazon.awssdk.services.dynamodb.model.AttributeValue> toSdk(Map<String, AttributeValue> image) {
        if (image == null) {
            return Map.of();
        }
        Map<String, software.amazon.awssdk.services.dynamodb.model.AttributeValue> converted = new LinkedHashMap<>();
        image.forEach((name, value) -> converted.put(name, toSdk(value)));
        return converted;
    }

    static software.amazon.awssdk.services.dynamodb.model.AttributeValue toSdk(AttributeValue value) {
        var sdk = software.amazon.awssdk.services.dynamodb.model.AttributeValue.builder();
        if (value.getS() != null) {
            sdk.s(value.getS());
        } else if (value.getN() != null) {
            sdk.n(value.getN());
        } else if (value.getBOOL() != null) {
            sdk.bool(value.getBOOL());
        } else if (value.getNULL() != null) {
            sdk.nul(value.getNULL());
        } else if (value.getM() != null) {
            sdk.m(toSdk(value.getM()));
        } else if (value.getL() != null) {
            sdk.l(value.getL().stream().map(StreamAttributes::toSdk).toList());
        } else if (value.getSS() != null) {
            sdk.ss(value.getSS());
        } else if (value.getNS() != null) {
            sdk.ns(value.getNS());
        } else if (value.getB() != null) {
            sdk.b(SdkBytes.fromByteBuffer(value.getB()));
        } else if (value.getBS() != null) {
            sdk.bs(value.getBS().stream().map(SdkBytes::fromByteBuffer).toList());
        } else {
            // An empty list or map arrives as neither: keep it an empty list rather than losing the attribute.
            sdk.l(List.of());
        }
        return sdk.build();
    }
}
