package dev.fieldcrm.core.proposals;

import java.time.Instant;

/**
 * A tenant's own proposal template (Qute source producing XHTML), kept in the tenant's settings partition.
 * Version 0 stands for "the built-in default, never replaced"; a stored template starts at version 1.
 *
 * @param sellerName the tenant's name as printed on its proposals (absent = the tenant id)
 */
public record ProposalTemplate(String source, String sellerName, Instant updatedAt, String updatedBy, long version) {
    public static final long BUILT_IN_VERSION = 0;

    public static ProposalTemplate builtIn(String source) {
        return new ProposalTemplate(source, null, null, null, BUILT_IN_VERSION);
    }

    public boolean isBuiltIn() {
        return version == BUILT_IN_VERSION;
    }
}
