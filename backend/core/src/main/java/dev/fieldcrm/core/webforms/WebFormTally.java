package dev.fieldcrm.core.webforms;

/** Names the counter item of a form (what its public endpoint received, refused as spam, rate-limited, replays). */
public record WebFormTally(String formId) {
}
