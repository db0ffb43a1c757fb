package dev.fieldcrm.core.deals;

import dev.fieldcrm.core.shared.Caller;
import dev.fieldcrm.core.shared.FieldError;
import dev.fieldcrm.core.shared.Forbidden;
import dev.fieldcrm.core.shared.NotFound;
import dev.fieldcrm.core.shared.Role;
import dev.fieldcrm.core.shared.ValidationFailed;
import dev.fieldcrm.core.shared.VersionConflict;
import dev.fieldcrm.core.store.AlreadyExists;
import dev.fieldcrm.core.store.ChangeSet;
import dev.fieldcrm.core.store.ChangeWriter;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The tenant's pipelines and sales settings: everyone reads them, admins change them. Defaults count as version 0,
 * so the first store of a default (or of a new pipeline) is {@code If-Match: "0"} and creates the item.
 */
public final class SalesSettingsService {
    private final SettingsQueries settings;
    private final DealQueries deals;
    private final ChangeWriter writer;

    public SalesSettingsService(SettingsQueries settings, DealQueries deals, ChangeWriter writer) {
        this.settings = settings;
        this.deals = deals;
        this.writer = writer;
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
        store(caller, current.version(), expectedVersion, updated, "sales settings");
        return updated;
    }

    /**
     * Stores a pipeline (a new one, or a new version of a stored or default one). A stage that still holds deals
     * cannot be removed: the tenant's deal tallies (one Query) tell which stages hold any.
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
            Set<String> kept = new HashSet<>();
            input.stages().forEach(s -> kept.add(s.id()));
            List<DealTally> tallies = null;
            for (Stage old : existing.get().stages()) {
                if (kept.contains(old.id())) {
                    continue;
                }
                if (tallies == null) {
                    tallies = deals.tallies(caller.tenantId(), null);
                }
                long holding = DealTally.totals(tallies, pipelineId, old.id()).count();
                if (holding > 0) {
                    errors.add(new FieldError("stages", "stage '" + old.id() + "' holds " + holding + " deals; move them first"));
                }
            }
            if (!errors.isEmpty()) {
                throw new ValidationFailed(errors);
            }
        }
        Pipeline updated = new Pipeline(pipelineId, input.name().strip(), input.purpose(), input.stages(), currentVersion + 1);
        store(caller, currentVersion, expectedVersion, updated, "pipeline");
        return updated;
    }

    private void store(Caller caller, long currentVersion, long expectedVersion, Object updated, String what) {
        if (expectedVersion != currentVersion) {
            throw new VersionConflict(what, currentVersion);
        }
        ChangeSet changes = currentVersion == 0 ? new ChangeSet().create(updated) : new ChangeSet().replace(updated, expectedVersion);
        try {
            writer.apply(caller.tenantId(), changes);
        } catch (AlreadyExists e) {
            // Another admin stored the first version meanwhile.
            throw new VersionConflict(what, 1);
        }
    }

    private static void requireAdmin(Caller caller) {
        if (!caller.is(Role.ADMIN)) {
            throw new Forbidden("only an admin can change pipelines and sales settings");
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
