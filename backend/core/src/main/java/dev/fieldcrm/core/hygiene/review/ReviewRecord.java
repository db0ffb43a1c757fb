package dev.fieldcrm.core.hygiene.review;

/** The stored records of review rounds: their keys are in the dynamo layer ({@code ReviewKeys}). */
public sealed interface ReviewRecord permits NextReview, ReviewRound, ReviewRow, ReviewTally, ReviewTally.Key {
}
