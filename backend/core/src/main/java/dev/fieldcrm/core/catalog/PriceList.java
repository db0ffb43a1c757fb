package dev.fieldcrm.core.catalog;

import dev.fieldcrm.core.clients.Category;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The header of a price list; its lines live in their own partition. A list may target a conditions package
 * or a client category; one with neither is general.
 *
 * @param validTo last day the list applies (inclusive); null = open-ended
 */
public record PriceList(String id, String name, String currency, String conditionsPackage, Category category,
                        LocalDate validFrom, LocalDate validTo, boolean active,
                        Instant updatedAt, String updatedBy, long version) {

    /** Whether the list may price an order on {@code day}. */
    public boolean appliesOn(LocalDate day) {
        return active && !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
    }
}
