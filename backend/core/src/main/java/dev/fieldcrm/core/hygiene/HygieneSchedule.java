package dev.fieldcrm.core.hygiene;

import dev.fieldcrm.core.deals.StageKind;
import dev.fieldcrm.core.tasks.Task;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * When time alone can change a deal's offences (rules S2-02, S2-03, S2-04 compare with "now"): the earliest future
 * boundary among the accepted-stage limit, the staleness limit, the day after a trial ends and the earliest open
 * task's due time. Boundaries are "more than", so the check is set a minute after each.
 */
public final class HygieneSchedule {
    static final Duration MARGIN = Duration.ofMinutes(1);

    private HygieneSchedule() {
    }

    /** The next boundary after {@code facts.now()}, or null for a deal no time-based rule watches (not in work). */
    public static Instant nextCheck(DealFacts facts, HygieneParameters params) {
        if (!facts.inWork()) {
            return null;
        }
        Instant entered = facts.deal().stageEnteredAt();
        Instant accepted = entered != null && facts.deal().stageId().equals(params.acceptedStageId())
                ? entered.plus(Duration.ofDays(params.acceptedMaxDays())) : null;
        Instant stale = entered == null ? null : entered.plus(Duration.ofDays(params.staleDays()));
        Instant trialOver = facts.stageKind() == StageKind.TRIAL && facts.deal().trialEndsAt() != null
                ? facts.deal().trialEndsAt().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant() : null;
        Stream<Instant> tasks = facts.openTasks().stream().map(Task::dueAt);
        return Stream.concat(Stream.of(accepted, stale, trialOver), tasks)
                .filter(Objects::nonNull)
                .map(t -> t.plus(MARGIN))
                .filter(t -> t.isAfter(facts.now()))
                .min(Instant::compareTo)
                .orElse(null);
    }
}
