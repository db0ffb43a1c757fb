package dev.fieldcrm.api.config;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * Enum values are read by name only. By default Jackson also takes a number as the constant's position, so
 * {@code "priority": 0} would silently be stored as {@code A}.
 */
@Singleton
public class StrictEnums implements ObjectMapperCustomizer {
    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
    }
}
