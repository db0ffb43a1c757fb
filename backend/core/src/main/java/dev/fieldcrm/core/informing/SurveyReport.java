package dev.fieldcrm.core.informing;

import com.fasterxml.jackson.annotation.JsonFormat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * Survey results of a period for a manager's team (an admin's tenant).
 *
 * @param averageScore the mean of the answers' scores (null without answers)
 */
public record SurveyReport(Instant from, Instant to, int answers,
                           @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal averageScore,
                           List<SurveyAnswer> items) {
}
