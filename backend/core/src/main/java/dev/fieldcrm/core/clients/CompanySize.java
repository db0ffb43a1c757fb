package dev.fieldcrm.core.clients;

/** How big the organisation is. */
public enum CompanySize {
    SMALL, MEDIUM, LARGE, CORPORATE
}
