package dev.fieldcrm.core.informing;

import java.util.List;

/** What the public survey page shows for a valid link. */
public record SurveyForm(String clientName, String contactName, String locale, List<SurveyQuestion> questions) {
}
