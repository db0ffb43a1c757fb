package dev.fieldcrm.core.proposals;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything a proposal document shows, ready for a template: the renderer only lays it out, it computes nothing.
 *
 * @param seller   the tenant's display name (from the template settings, else the tenant id)
 * @param language {@code ru} or {@code en}: which labels the built-in template prints
 */
public record ProposalContent(
        String seller,
        Party client,
        Person contact,
        String title,
        String number,
        LocalDate date,
        LocalDate validUntil,
        String currency,
        List<ProposalLine> lines,
        ProposalTotals totals,
        String notes,
        String language) {

    public ProposalContent {
        lines = List.copyOf(lines);
    }

    /**
     * The client as printed on the proposal.
     *
     * @param addresses address lines ("legal: …", "office: …")
     */
    public record Party(String name, String legalForm, String taxId, String registrationNumber, String bankAccount,
                        String bankName, List<String> addresses) {
        public Party {
            addresses = addresses == null ? List.of() : List.copyOf(addresses);
        }
    }

    /** The key person addressed (absent when the proposal names nobody). */
    public record Person(String name, String position) {
    }
}
