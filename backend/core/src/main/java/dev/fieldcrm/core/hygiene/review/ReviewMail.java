package dev.fieldcrm.core.hygiene.review;

import dev.fieldcrm.core.events.Change;
import dev.fieldcrm.core.events.ChangeListener;
import dev.fieldcrm.core.hygiene.HygieneRule;
import dev.fieldcrm.core.notify.Channel;
import dev.fieldcrm.core.notify.Outgoing;
import dev.fieldcrm.core.notify.Postman;
import dev.fieldcrm.core.shared.PageRequest;
import dev.fieldcrm.core.shared.Role;
import dev.fieldcrm.core.users.User;
import dev.fieldcrm.core.users.UserStore;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Emails a new round (its header's insert on the stream, written after every row): each active manager the summary
 * of their team's rows (an admin without a team: the whole tenant's) with the export link, each rep with rows their
 * own rows. Message ids {@code review#<round>#<user>} make a redelivered insert send nothing twice.
 *
 * <p>Calls: Query users, the round's rows page by page (Query), then the Postman's own per message.
 */
public final class ReviewMail implements ChangeListener {
    public static final String MANAGER_TEMPLATE = "hygiene-review-manager";
    public static final String REP_TEMPLATE = "hygiene-review-rep";
    private static final int PAGE = 200;

    private final ReviewStore store;
    private final UserStore users;
    private final Postman postman;
    private final String exportUrl;

    /** @param exportUrl the API's rounds URL prefix; the export is {@code <prefix><round>/export.xlsx} */
    public ReviewMail(ReviewStore store, UserStore users, Postman postman, String exportUrl) {
        this.store = store;
        this.users = users;
        this.postman = postman;
        this.exportUrl = exportUrl;
    }

    @Override
    public void on(Change change) {
        if (change.isInsert()) {
            change.after(ReviewRound.class).ifPresent(round -> send(change.tenantId(), round));
        }
    }

    private void send(String tenantId, ReviewRound round) {
        List<ReviewRow> rows = new ArrayList<>();
        String cursor = null;
        do {
            var page = store.rows(tenantId, round.id(), null, null, new PageRequest(PAGE, cursor));
            rows.addAll(page.items());
            cursor = page.nextCursor();
        } while (cursor != null);
        for (User user : users.list(tenantId)) {
            if (!user.active() || user.email() == null) {
                continue;
            }
            if (user.roles().contains(Role.MANAGER) || user.roles().contains(Role.ADMIN) && user.teamId() == null) {
                List<ReviewRow> team = rows.stream()
                        .filter(r -> user.teamId() == null || Objects.equals(r.teamId(), user.teamId())).toList();
                send(tenantId, round, user, MANAGER_TEMPLATE, team);
            } else {
                List<ReviewRow> own = rows.stream().filter(r -> r.ownerId().equals(user.id())).toList();
                if (!own.isEmpty()) {
                    send(tenantId, round, user, REP_TEMPLATE, own);
                }
            }
        }
    }

    private void send(String tenantId, ReviewRound round, User user, String template, List<ReviewRow> rows) {
        Locale locale = Locale.forLanguageTag(user.locale() == null ? "ru" : user.locale());
        Map<String, Integer> perRule = new TreeMap<>();
        Map<String, Integer> perOwner = new TreeMap<>();
        List<Map<String, Object>> lines = new ArrayList<>();
        for (ReviewRow row : rows) {
            perRule.merge(row.ruleId(), 1, Integer::sum);
            perOwner.merge(row.ownerId(), 1, Integer::sum);
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("rule", row.ruleId());
            line.put("ruleText", HygieneRule.ofId(row.ruleId()).description(locale));
            line.put("dealId", row.dealId());
            line.put("title", row.title());
            line.put("clientName", row.clientName() == null ? "" : row.clientName());
            line.put("stage", row.stageId());
            lines.add(line);
        }
        List<Map<String, Object>> rules = new ArrayList<>();
        perRule.forEach((rule, n) -> rules.add(Map.of("rule", rule, "text", HygieneRule.ofId(rule).description(locale), "rows", n)));
        List<Map<String, Object>> owners = new ArrayList<>();
        perOwner.forEach((owner, n) -> owners.add(Map.of("owner", owner, "rows", n)));
        Map<String, Object> model = new HashMap<>();
        model.put("recipientName", user.name());
        model.put("roundId", round.id());
        model.put("deadline", round.deadline().toString());
        model.put("total", rows.size());
        model.put("rules", rules);
        model.put("owners", owners);
        model.put("rows", lines);
        model.put("exportUrl", exportUrl + round.id() + "/export.xlsx");
        postman.send(new Outgoing(tenantId, "review#" + round.id() + "#" + user.id(), Channel.EMAIL, user.email(),
                template, locale, model, Map.of()));
    }
}
