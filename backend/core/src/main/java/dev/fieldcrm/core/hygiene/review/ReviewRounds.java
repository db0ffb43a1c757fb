package dev.fieldcrm.core.hygiene.review;

import dev.fieldcrm.core.hygiene.HygieneParameters;
import dev.fieldcrm.core.hygiene.HygieneRule;
import dev.fieldcrm.core.hygiene.HygieneSettings;
import dev.fieldcrm.core.hygiene.HygieneSettingsQueries;
import dev.fieldcrm.core.hygiene.HygieneStore;
import dev.fieldcrm.core.hygiene.Offence;
import dev.fieldcrm.core.shared.Caller;
import dev.fieldcrm.core.shared.Forbidden;
import dev.fieldcrm.core.shared.Ids;
import dev.fieldcrm.core.shared.Page;
import dev.fieldcrm.core.shared.PageRequest;
import dev.fieldcrm.core.store.AlreadyExists;
import dev.fieldcrm.core.store.ChangeSet;
import dev.fieldcrm.core.store.ChangeWriter;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Creates review rounds: a snapshot of the current offences of every enabled rule (one Query per rule and page of its
 * partition), written as rows and per-rep tallies, then the round's header. A round that exists is not created again,
 * so a redelivered schedule event (whose round id is derived from the scheduled time) creates it once.
 */
public final class ReviewRounds {
    private static final DateTimeFormatter ID = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final int PAGE = 200;

    private final HygieneStore offences;
    private final ReviewStore store;
    private final HygieneSettingsQueries settings;
    private final ChangeWriter writer;
    private final Clock clock;

    public ReviewRounds(HygieneStore offences, ReviewStore store, HygieneSettingsQueries settings, ChangeWriter writer,
                        Clock clock) {
        this.offences = offences;
        this.store = store;
        this.settings = settings;
        this.writer = writer;
        this.clock = clock;
    }

    /** The round a schedule tick found due, and the tenant's next one placed on the due index. */
    public ReviewRound scheduled(String tenantId, NextReview due) {
        HygieneSettings current = settings.get(tenantId);
        ReviewRound round = create(tenantId, ID.format(due.at()) + "-S", due.at(), ReviewRound.SCHEDULE, current);
        writer.apply(tenantId, new ChangeSet().overwrite(new NextReview(current.review().after(due.at()))));
        return round;
    }

    /** A round a manager or admin asks for now. */
    public ReviewRound onDemand(Caller caller) {
        if (!caller.supervises()) {
            throw new Forbidden("only managers and admins can start a review round");
        }
        Instant now = clock.instant();
        String ulid = Ids.newId();
        String id = ID.format(now) + "-" + ulid.substring(ulid.length() - 6);
        return create(caller.tenantId(), id, now, caller.userId(), settings.get(caller.tenantId()));
    }

    private ReviewRound create(String tenantId, String roundId, Instant at, String createdBy, HygieneSettings current) {
        var existing = store.round(tenantId, roundId);
        if (existing.isPresent()) {
            return existing.get();
        }
        Instant deadline = current.review().deadline(at);
        List<ReviewRow> rows = new ArrayList<>();
        Map<String, Integer> perRule = new TreeMap<>();
        Map<String, ReviewTally> tallies = new LinkedHashMap<>();
        for (Offence offence : snapshot(tenantId, current.parameters())) {
            ReviewRow row = ReviewRow.of(roundId, offence, deadline, at);
            rows.add(row);
            perRule.merge(row.ruleId(), 1, Integer::sum);
            tallies.merge(row.ownerId(), new ReviewTally(roundId, row.ownerId(), row.teamId(), 1, 0, 0, 0, 0),
                    (a, b) -> new ReviewTally(roundId, a.ownerId(), a.teamId(), a.rows() + 1, 0, 0, 0, 0));
        }
        store.writeSnapshot(tenantId, rows, tallies.values());
        ReviewRound round = new ReviewRound(roundId, at, deadline, createdBy, perRule);
        try {
            writer.apply(tenantId, new ChangeSet().create(round));
            return round;
        } catch (AlreadyExists concurrent) {
            // A concurrent delivery of the same tick wrote the same round.
            return store.round(tenantId, roundId).orElse(round);
        }
    }

    private List<Offence> snapshot(String tenantId, HygieneParameters parameters) {
        List<Offence> all = new ArrayList<>();
        for (HygieneRule rule : HygieneRule.values()) {
            if (!parameters.enabled(rule)) {
                continue;
            }
            String cursor = null;
            do {
                Page<Offence> page = offences.byRule(tenantId, rule.id(), null, new PageRequest(PAGE, cursor));
                all.addAll(page.items());
                cursor = page.nextCursor();
            } while (cursor != null);
        }
        return all;
    }
}
