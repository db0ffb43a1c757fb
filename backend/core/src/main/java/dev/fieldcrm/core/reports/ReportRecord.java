package dev.fieldcrm.core.reports;

/** The stored records of the team reports (receivables tallies and shares, ABC counts per owner): keys in the dynamo layer. */
public sealed interface ReportRecord permits ReceivablesTally, ReceivablesShare, AbcOwnerCounts {
}
