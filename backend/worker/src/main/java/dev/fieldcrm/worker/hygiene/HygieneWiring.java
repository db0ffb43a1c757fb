package dev.fieldcrm.worker.hygiene;

import dev.fieldcrm.core.dynamo.DueJob;
import dev.fieldcrm.core.dynamo.DynamoDueQueries;
import dev.fieldcrm.core.dynamo.HygieneKeys;
import dev.fieldcrm.core.dynamo.HygieneServices;
import dev.fieldcrm.core.dynamo.DynamoUserStore;
import dev.fieldcrm.core.dynamo.ReviewKeys;
import dev.fieldcrm.core.events.ChangeListener;
import dev.fieldcrm.core.events.ScheduledJob;
import dev.fieldcrm.core.hygiene.review.NextReview;
import dev.fieldcrm.core.hygiene.review.ReviewMail;
import dev.fieldcrm.core.notify.Postman;
import dev.fieldcrm.core.hygiene.DealHygiene;
import dev.fieldcrm.core.hygiene.HygieneBackfill;
import dev.fieldcrm.core.hygiene.HygieneChanges;
import dev.fieldcrm.worker.config.WorkerConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.time.Clock;

/** Data hygiene in the worker: the stream listener that keeps offenders and their tallies current, the scheduled job
 * re-checking deals when a time-based rule's boundary passes, and the review rounds (schedule, emails, auto-FIXED). */
@ApplicationScoped
public class HygieneWiring {

    @Produces @Singleton HygieneServices hygiene(DynamoDbClient dynamo, WorkerConfig config, Clock clock) {
        return HygieneServices.onDynamo(dynamo, config.table(), clock);
    }

    @Produces @Singleton HygieneChanges hygieneChanges(HygieneServices hygiene) {
        return hygiene.changes();
    }

    /** On demand: evaluates every deal of a tenant once (deals written before hygiene was deployed). */
    @Produces @Singleton HygieneBackfill hygieneBackfill(HygieneServices hygiene) {
        return hygiene.backfill();
    }

    /** Moves review rows to FIXED when their offence is withdrawn (the rule stopped matching the deal). */
    @Produces @Singleton ChangeListener reviewFixes(HygieneServices hygiene) {
        return hygiene.fixes();
    }

    /** Moves a deal's open review rows to its new owner when it changes hands (the hit stays with the old owner). */
    @Produces @Singleton ChangeListener reviewHandover(HygieneServices hygiene) {
        return hygiene.handover();
    }

    /** Emails each manager a new round's summary and each rep their rows. */
    @Produces @Singleton ChangeListener reviewMail(HygieneServices hygiene, DynamoDbClient dynamo, WorkerConfig config,
                                                   Postman postman) {
        return new ReviewMail(hygiene.reviews(), new DynamoUserStore(dynamo, config.table()), postman,
                config.hygiene().reviewsUrl());
    }

    /** Creates each tenant's scheduled review round when it falls due (due-index kind {@value ReviewKeys#DUE_KIND}). */
    @Produces @Singleton @Named("hygiene-review") ScheduledJob reviewSchedule(HygieneServices hygiene, DynamoDbClient dynamo,
                                                                               WorkerConfig config) {
        return new DueJob<>(ReviewKeys.DUE_KIND, NextReview.class, new DynamoDueQueries(dynamo, config.table()),
                hygiene.rounds()::scheduled);
    }

    /** Re-evaluates deals whose time boundary fell due (due-index kind {@value HygieneKeys#DUE_KIND}). */
    @Produces @Singleton @Named("hygiene") ScheduledJob hygieneSchedule(HygieneServices hygiene, DynamoDbClient dynamo,
                                                                         WorkerConfig config) {
        return new DueJob<>(HygieneKeys.DUE_KIND, DealHygiene.class, new DynamoDueQueries(dynamo, config.table()),
                hygiene.evaluator()::due);
    }
}
