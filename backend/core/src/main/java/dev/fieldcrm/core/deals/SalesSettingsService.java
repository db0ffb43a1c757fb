package dev.fieldcrm.core.deals;

import dev.fieldcrm.core.audit.AuditEntry;
import dev.fieldcrm.core.shared.Caller;
import dev.fieldcrm.core.shared.FieldError;
import dev.fieldcrm.core.shared.Forbidden;
import dev.fieldcrm.core.shared.NotFound;
import dev.fieldcrm.core.shared.Page;
import dev.fieldcrm.core.shared.PageRequest;
import dev.fieldcrm.core.shared.Role;
import dev.fieldcrm.core.shared.ValidationFailed;
import dev.fieldcrm.core.store.ChangeWriter;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The tenant's pipelines and sales settings: everyone reads them, admins change them. Defaults count as version 0,
 * so the first store of a default (or of a new pipeline) is {@code If-Match: "0"} and creates the item. Every
 * change is audited (before/after) in the same transaction.
 */
public final class SalesSettingsService {
    private final SettingsQueries settings;
    private final DealQueries deals;
    private final VersionedSettings versions;

    public SalesSettingsService(SettingsQueries settings, DealQueries deals, ChangeWriter writer) {
        this(settings, deals, writer, Clock.systemUTC());
    }

    /** @param clock stamps the audit entries of changes */
    public SalesSettingsService(SettingsQueries settings, DealQueries deals, ChangeWriter writer, Clock clock) {
        this.settings = settings;
        this.deals = deals;
        this.versions = new VersionedSettings(writer, clock);
    }

    public SalesConfig config(Caller caller) {
        return settings.load(caller.tenantId());
    }

    public Pipeline pipeline(Caller caller, String pipelineId) {
        return config(caller).pipeline(pipelineId).orElseThrow(() -> new NotFound("pipeline"));
    }

    public SalesSettings update(Caller caller, long expectedVersion, SalesSettingsInput input) {
        requireAdmin(caller);
        List<FieldError> errors = new ArrayList<>();
        unique("sources", input.sources(), errors);
        unique("wonReasons", input.wonReasons(), errors);
        unique("lostReasons", input.lostReasons(), errors);
        if (!errors.isEmpty()) {
            throw new ValidationFailed(errors);
        }
        SalesSettings current = config(caller).settings();
        SalesSettings updated = new SalesSettings(strip(input.sources()), strip(input.wonReasons()),
                strip(input.lostReasons()), input.defaultCurrency(), current.version() + 1);
        versions.store(caller, current.version(), expectedVersion, current, updated, "sales settings", "SALES");
        return updated;
    }

    /**
     * Stores a pipeline (a new one, or a new version of a stored or default one). A stage that deals reference
     * (closed deals included: their history names it) cannot be removed, nor change its kind (a WON stage holding
     * won deals cannot become OPEN): the tenant's deal tallies (one Query) tell which stages hold any.
     */
    public Pipeline put(Caller caller, String pipelineId, long expectedVersion, PipelineInput input) {
        requireAdmin(caller);
        if (pipelineId == null || !pipelineId.matches(Stage.SLUG)) {
            throw ValidationFailed.of("id", "must be a slug: a-z, 0-9 and '-', at most 40");
        }
        List<FieldError> errors = new ArrayList<>(PipelineRules.check(input.stages()));
        if (!errors.isEmpty()) {
            throw new ValidationFailed(errors);
        }
        var existing = config(caller).pipeline(pipelineId);
        long currentVersion = existing.map(Pipeline::version).orElse(0L);
        if (existing.isPresent()) {
            Map<String, Integer> kept = new HashMap<>();
            for (int i = 0; i < input.stages().size(); i++) {
                kept.put(input.stages().get(i).id(), i);
            }
            List<DealTally> tallies = null;
            for (Stage old : existing.get().stages()) {
                Integer at = kept.get(old.id());
                Stage replacement = at == null ? null : input.stages().get(at);
                if (replacement != null && replacement.kind() == old.kind()) {
                    continue;
                }
                if (tallies == null) {
                    tallies = deals.tallies(caller.tenantId(), null);
                }
                long holding = DealTally.totals(tallies, pipelineId, old.id()).count();
                if (holding == 0) {
                    continue;
                }
                if (replacement == null) {
                    errors.add(new FieldError("stages", "stage '" + old.id() + "' is referenced by " + holding
                            + " deals (closed deals included); move the open ones first: closed deals keep their stage,"
                            + " so a stage that closed deals reference stays"));
                } else {
                    errors.add(new FieldError("stages[" + at + "].kind", "stage '" + old.id() + "' is referenced by "
                            + holding + " deals (closed deals included), so its kind cannot change from " + old.kind()
                            + " to " + replacement.kind()));
                }
            }
            if (!errors.isEmpty()) {
                throw new ValidationFailed(errors);
            }
        }
        Pipeline updated = new Pipeline(pipelineId, input.name().strip(), input.purpose(), input.stages(), currentVersion + 1);
        versions.store(caller, currentVersion, expectedVersion, existing.orElse(null), updated, "pipeline", pipelineId);
        return updated;
    }

    /** The changes to the settings and pipelines (admins only), newest first. */
    public Page<AuditEntry> history(Caller caller, PageRequest page) {
        requireAdmin(caller, "only an admin can read the history of pipelines and sales settings");
        return settings.history(caller.tenantId(), page);
    }

    private static void requireAdmin(Caller caller) {
        requireAdmin(caller, "only an admin can change pipelines and sales settings");
    }

    private static void requireAdmin(Caller caller, String message) {
        if (!caller.is(Role.ADMIN)) {
            throw new Forbidden(message);
        }
    }

    private static void unique(String field, List<String> values, List<FieldError> errors) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < values.size(); i++) {
            if (!seen.add(values.get(i).strip())) {
                errors.add(new FieldError(field + "[" + i + "]", "'" + values.get(i) + "' is listed twice"));
            }
        }
    }

    private static List<String> strip(List<String> values) {
        return values.stream().map(String::strip).toList();
    }
}
