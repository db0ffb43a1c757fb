package dev.fieldcrm.core.hygiene;

/** The stored records of data hygiene (offences, per-deal summaries, tallies): their keys are in the dynamo layer. */
public sealed interface HygieneRecord permits Offence, DealHygiene, OffenceTally.Key, HygieneSettings {
}
