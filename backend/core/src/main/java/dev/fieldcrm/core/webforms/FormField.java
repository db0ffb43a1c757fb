package dev.fieldcrm.core.webforms;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.Set;

/**
 * One field of a web form. Its {@code name} is the mapping: one of the {@link #STANDARD} names fills that part of the
 * lead ({@link dev.fieldcrm.core.leads.LeadFields}); any other name is a custom field, kept by name.
 *
 * @param maxLength null: the type's default (200, textarea 2000)
 */
public record FormField(@NotBlank @Pattern(regexp = NAME, message = NAME_RULE) String name,
                        @NotBlank @Size(max = 100) String label,
                        @NotNull FormFieldType type,
                        boolean required,
                        @Min(1) @Max(5000) Integer maxLength) {
    public static final String NAME = "[a-z][a-z0-9_]{0,39}";
    static final String NAME_RULE = "must be a-z, 0-9 and '_', starting with a letter, at most 40";
    /** The names that map onto the lead's own fields. */
    public static final Set<String> STANDARD = Set.of("name", "company", "email", "phone", "country", "region", "city", "message");

    /**
     * Derived from the name and shown in answers. Read-only: an editor sends back what it read, so it is accepted on
     * input and ignored there (a forged mark cannot turn a custom field into a lead field), and the OpenAPI document
     * marks it {@code readOnly} (smallrye-openapi reads Jackson's access).
     */
    @JsonProperty(value = "standard", access = JsonProperty.Access.READ_ONLY)
    public boolean isStandard() {
        return STANDARD.contains(name);
    }

    /** The configured or default maximum length of a value. */
    public int effectiveMaxLength() {
        return maxLength == null ? type.defaultMaxLength() : maxLength;
    }
}
