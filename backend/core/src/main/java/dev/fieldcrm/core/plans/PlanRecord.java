package dev.fieldcrm.core.plans;

/** The stored records of sales plans: their keys are in the dynamo layer. */
public sealed interface PlanRecord permits Plan, PlanChange {
}
