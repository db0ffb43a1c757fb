package dev.fieldcrm.core.reports;

/** The stored records of the team reports (receivables tallies and shares): keys in the dynamo layer. */
public sealed interface ReportRecord permits ReceivablesTally, ReceivablesShare {
}
