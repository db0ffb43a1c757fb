package dev.fieldcrm.core.clients;

/** Category by turnover, margin and share of wallet. */
public enum Category {
    VIP, A, B, C
}
