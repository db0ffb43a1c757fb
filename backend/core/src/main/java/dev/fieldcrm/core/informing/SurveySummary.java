package dev.fieldcrm.core.informing;

import com.fasterxml.jackson.annotation.JsonFormat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The client card's view of its satisfaction surveys: the latest score and the latest few answers (a card item,
 * so the card stays one Query).
 */
public record SurveySummary(String clientId, @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal latestScore,
                            Instant latestAt, List<Recent> recent, long version) {
    static final int RECENT = 3;

    public SurveySummary {
        recent = recent == null ? List.of() : List.copyOf(recent);
    }

    /** One recent answer, as the card shows it. */
    public record Recent(String contactName, @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal score,
                         String comment, Instant answeredAt) {
    }

    static SurveySummary first(String clientId) {
        return new SurveySummary(clientId, null, null, List.of(), 0);
    }

    SurveySummary with(SurveyAnswer answer) {
        List<Recent> all = new ArrayList<>(recent);
        all.add(new Recent(answer.contactName(), answer.score(), answer.comment(), answer.answeredAt()));
        all.sort((a, b) -> b.answeredAt().compareTo(a.answeredAt()));
        List<Recent> kept = List.copyOf(all.subList(0, Math.min(RECENT, all.size())));
        return new SurveySummary(clientId, kept.getFirst().score(), kept.getFirst().answeredAt(), kept, version + 1);
    }
}
