package dev.fieldcrm.core.abc;

/** A client's class in an ABC analysis: A the few that bring most, C the many that bring little. */
public enum AbcClass {
    A, B, C
}
