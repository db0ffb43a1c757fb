package dev.fieldcrm.core.proposals;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A commercial proposal as recorded in its client's partition. The rendered documents themselves live in the
 * file store; this item says what was offered (title, totals), where the documents are and who made it when.
 *
 * @param pdfUrl  download link of the PDF ({@code /api/v1/files/clients/<clientId>/proposals/<id>.pdf})
 * @param htmlUrl download link of the HTML rendition
 * @param dealId  the deal it was made for, if any
 */
public record Proposal(
        String id,
        String clientId,
        String number,
        String title,
        LocalDate date,
        LocalDate validUntil,
        String currency,
        ProposalTotals totals,
        int lineCount,
        String contactId,
        String dealId,
        String pdfUrl,
        String htmlUrl,
        Instant createdAt,
        String createdBy,
        long version) {
}
