package dev.fieldcrm.core.informing;

import java.time.Instant;
import java.util.List;

/**
 * The tenant's satisfaction questionnaire. Until an admin stores one, {@link #defaults()} applies (version 0, so
 * the first store is {@code If-Match: "0"}).
 */
public record SurveySettings(List<SurveyQuestion> questions, int validDays, Instant updatedAt, String updatedBy,
                             long version) {
    public static final int DEFAULT_VALID_DAYS = 30;

    public SurveySettings {
        questions = List.copyOf(questions);
    }

    public static SurveySettings defaults() {
        return new SurveySettings(List.of(
                new SurveyQuestion("overall", "Насколько вы довольны работой с нами?", "How satisfied are you with working with us?"),
                new SurveyQuestion("rep", "Как вы оцениваете работу вашего менеджера?", "How do you rate your account manager?")),
                DEFAULT_VALID_DAYS, null, null, 0);
    }
}
