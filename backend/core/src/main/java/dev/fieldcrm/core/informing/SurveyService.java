package dev.fieldcrm.core.informing;

import dev.fieldcrm.core.clients.ClientCard;
import dev.fieldcrm.core.clients.ClientService;
import dev.fieldcrm.core.clients.Contact;
import dev.fieldcrm.core.idempotency.Idempotency;
import dev.fieldcrm.core.idempotency.IdempotentRequest;
import dev.fieldcrm.core.notify.Channel;
import dev.fieldcrm.core.notify.SmsSegments;
import dev.fieldcrm.core.shared.Caller;
import dev.fieldcrm.core.shared.FieldError;
import dev.fieldcrm.core.shared.Forbidden;
import dev.fieldcrm.core.shared.Ids;
import dev.fieldcrm.core.shared.Role;
import dev.fieldcrm.core.shared.ValidationFailed;
import dev.fieldcrm.core.shared.VersionConflict;
import dev.fieldcrm.core.store.ChangeSet;
import dev.fieldcrm.core.store.ChangeWriter;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Satisfaction surveys: the tenant's questionnaire (admins), sending it to a client's contacts (whoever may work the
 * client), the public single-use answer (by signed link, no caller), and the results (card summary, team report).
 */
public final class SurveyService {
    public static final int MAX_COMMENT = 2000;
    static final int REPORT_MAX = 2000;
    private static final int ANSWER_ATTEMPTS = 3;

    private final SurveyQueries surveys;
    private final ClientService clientCards;
    private final PublicLinks links;
    private final LinkSigner signer;
    private final ChangeWriter writer;
    private final Clock clock;

    public SurveyService(SurveyQueries surveys, ClientService clientCards, PublicLinks links, ChangeWriter writer,
                         Clock clock) {
        this.surveys = surveys;
        this.clientCards = clientCards;
        this.links = links;
        this.signer = links.signer();
        this.writer = writer;
        this.clock = clock;
    }

    public SurveySettings settings(Caller caller) {
        if (!caller.supervises()) {
            throw new Forbidden("only managers and admins read the survey settings");
        }
        return surveys.settings(caller.tenantId()).orElse(SurveySettings.defaults());
    }

    public SurveySettings updateSettings(Caller caller, long expectedVersion, SurveySettingsInput input) {
        if (!caller.is(Role.ADMIN)) {
            throw new Forbidden("only admins change the survey");
        }
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < input.questions().size(); i++) {
            if (!ids.add(input.questions().get(i).id())) {
                throw ValidationFailed.of("questions[" + i + "].id", "question ids must be unique");
            }
        }
        long current = surveys.settings(caller.tenantId()).map(SurveySettings::version).orElse(0L);
        if (current != expectedVersion) {
            throw new VersionConflict("survey settings", current);
        }
        SurveySettings updated = new SurveySettings(input.questions(),
                input.validDays() == null ? SurveySettings.DEFAULT_VALID_DAYS : input.validDays(), clock.instant(),
                caller.userId(), current + 1);
        writer.apply(caller.tenantId(), new ChangeSet().createOrReplace(updated, current));
        return updated;
    }

    /** One invitation per chosen contact with consent and an address for the channel; the worker sends the links. */
    public List<SurveyInvitation> send(Caller caller, String clientId, SurveyRequest request, IdempotentRequest idempotent) {
        ClientCard card = clientCards.card(caller, clientId);
        if (request.channel() == Channel.PUSH) {
            throw ValidationFailed.of("channel", "a survey goes by EMAIL or SMS");
        }
        String locale = request.locale() == null ? "ru" : request.locale();
        if (request.channel() == Channel.SMS) {
            SmsSegments sms = SmsSegments.of(PublicLinks.surveySms(locale, links.sampleSurvey(caller.tenantId())));
            if (!sms.fits()) {
                // Never cut: a cut link does not open. Only a long configured survey-url can get here.
                throw ValidationFailed.of("channel", "the survey SMS with its link takes " + sms.segments()
                        + " segments; at most " + SmsSegments.MAX_SEGMENTS + " are allowed (shorten fieldcrm.notify.survey-url)");
            }
        }
        List<Contact> chosen = new ArrayList<>();
        List<FieldError> errors = new ArrayList<>();
        if (request.contactIds() == null) {
            card.contacts().stream().filter(c -> !c.archived() && reachable(c, request.channel())).forEach(chosen::add);
        } else {
            for (int i = 0; i < request.contactIds().size(); i++) {
                String id = request.contactIds().get(i);
                Optional<Contact> contact = card.contacts().stream().filter(c -> c.id().equals(id) && !c.archived()).findFirst();
                if (contact.isEmpty()) {
                    errors.add(new FieldError("contactIds[" + i + "]", "no such contact of this client"));
                } else if (!reachable(contact.get(), request.channel())) {
                    errors.add(new FieldError("contactIds[" + i + "]", "no consent or no address for " + request.channel()));
                } else if (!chosen.contains(contact.get())) {
                    chosen.add(contact.get());
                }
            }
        }
        if (errors.isEmpty() && chosen.isEmpty()) {
            errors.add(new FieldError("contactIds", "no contact of this client consents to " + request.channel()));
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailed(errors);
        }
        SurveySettings settings = surveys.settings(caller.tenantId()).orElse(SurveySettings.defaults());
        Instant now = clock.instant();
        Instant expiresAt = now.plus(Duration.ofDays(settings.validDays()));
        ChangeSet changes = new ChangeSet();
        List<SurveyInvitation> invitations = new ArrayList<>();
        for (Contact contact : chosen) {
            SurveyInvitation invitation = new SurveyInvitation(Ids.newId(), clientId, card.client().name(), contact.id(),
                    contact.details().name(), card.client().ownerId(), card.client().teamId(), request.channel(),
                    Recipients.address(contact, request.channel()).orElseThrow(), locale, settings.questions(),
                    caller.userId(), now, expiresAt, null, 1);
            invitations.add(invitation);
            changes.create(invitation);
        }
        Idempotency.remember(changes, caller, idempotent, invitations, now);
        writer.apply(caller.tenantId(), changes);
        return invitations;
    }

    private static boolean reachable(Contact contact, Channel channel) {
        return Recipients.consents(contact, channel) && Recipients.address(contact, channel).isPresent();
    }

    /** The form for a valid, open link. */
    public SurveyForm form(String token) {
        SurveyInvitation invitation = open(token);
        return new SurveyForm(invitation.clientName(), invitation.contactName(), invitation.locale(), invitation.questions());
    }

    /**
     * Stores the answer once: the invitation's version guards it, so of two concurrent submits exactly one is stored
     * and the other finds it answered.
     *
     * @param scores question id → score 1–5, one for every question
     */
    public SurveyAnswer answer(String token, Map<String, Integer> scores, String comment) {
        for (int attempt = 1; ; attempt++) {
            SurveyInvitation invitation = open(token);
            List<SurveyAnswer.Score> given = checked(invitation, scores, comment);
            Instant now = clock.instant();
            BigDecimal sum = BigDecimal.ZERO;
            for (SurveyAnswer.Score s : given) {
                sum = sum.add(BigDecimal.valueOf(s.value()));
            }
            SurveyAnswer answer = new SurveyAnswer(invitation.id(), invitation.clientId(), invitation.clientName(),
                    invitation.contactId(), invitation.contactName(), invitation.ownerId(), invitation.teamId(), now,
                    given, sum.divide(BigDecimal.valueOf(given.size()), 2, RoundingMode.HALF_UP),
                    comment == null || comment.isBlank() ? null : comment.strip());
            String tenantId = signer.open(token).orElseThrow().claims().tenantId();
            SurveySummary summary = surveys.summary(tenantId, invitation.clientId())
                    .orElse(SurveySummary.first(invitation.clientId()));
            try {
                writer.apply(tenantId, new ChangeSet()
                        .replace(invitation.answered(now), invitation.version())
                        .create(answer)
                        .createOrReplace(summary.with(answer), summary.version()));
                return answer;
            } catch (VersionConflict | dev.fieldcrm.core.store.AlreadyExists raced) {
                // Either the same invitation was answered meanwhile (the next open() says so) or another contact's
                // answer moved the card summary (try again on the fresh one).
                if (attempt == ANSWER_ATTEMPTS) {
                    throw raced;
                }
            }
        }
    }

    private static List<SurveyAnswer.Score> checked(SurveyInvitation invitation, Map<String, Integer> scores, String comment) {
        List<FieldError> errors = new ArrayList<>();
        List<SurveyAnswer.Score> given = new ArrayList<>();
        for (SurveyQuestion q : invitation.questions()) {
            Integer value = scores.get(q.id());
            if (value == null || value < 1 || value > 5) {
                errors.add(new FieldError("scores." + q.id(), "a score from 1 to 5 is required"));
            } else {
                given.add(new SurveyAnswer.Score(q.id(), value));
            }
        }
        if (comment != null && comment.length() > MAX_COMMENT) {
            errors.add(new FieldError("comment", "at most " + MAX_COMMENT + " characters"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailed(errors);
        }
        return given;
    }

    /** The invitation a valid token names, if it is still open; {@link InvalidLink} or {@link SurveyClosed} otherwise. */
    private SurveyInvitation open(String token) {
        LinkSigner.Opened opened = signer.open(token).orElseThrow(InvalidLink::new);
        Link claims = opened.claims();
        if (claims.purpose() != LinkPurpose.SURVEY || !opened.signedFor("")) {
            throw new InvalidLink();
        }
        SurveyInvitation invitation = surveys.invitation(claims.tenantId(), claims.clientId(), claims.subjectId())
                .filter(i -> i.channel() == claims.channel())
                .orElseThrow(InvalidLink::new);
        if (invitation.answeredAt() != null) {
            throw new SurveyClosed(SurveyClosed.Why.ANSWERED);
        }
        if (!clock.instant().isBefore(invitation.expiresAt())) {
            throw new SurveyClosed(SurveyClosed.Why.EXPIRED);
        }
        return invitation;
    }

    /** A manager's team's (an admin's tenant's) answers in [from, to) with their average score. */
    public SurveyReport report(Caller caller, Instant from, Instant to) {
        if (!caller.supervises()) {
            throw new Forbidden("survey results are for managers and admins");
        }
        if (from == null || to == null || !from.isBefore(to)) {
            throw ValidationFailed.of("from", "from and to are required, from before to");
        }
        List<SurveyAnswer> answers = caller.is(Role.ADMIN)
                ? surveys.byTenant(caller.tenantId(), from, to, REPORT_MAX)
                : caller.teamId() == null ? List.of() : surveys.byTeam(caller.tenantId(), caller.teamId(), from, to, REPORT_MAX);
        BigDecimal sum = BigDecimal.ZERO;
        for (SurveyAnswer a : answers) {
            sum = sum.add(a.score());
        }
        BigDecimal average = answers.isEmpty() ? null : sum.divide(BigDecimal.valueOf(answers.size()), 2, RoundingMode.HALF_UP);
        return new SurveyReport(from, to, answers.size(), average, answers);
    }
}
