package dev.fieldcrm.core.hygiene;

/** A tenant's hygiene settings: one GetItem; absent = {@link HygieneSettings#defaults()}. */
public interface HygieneSettingsQueries {
    HygieneSettings get(String tenantId);
}
