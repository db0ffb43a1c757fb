package dev.fieldcrm.core.imports;

import java.math.BigDecimal;

/** Decimal cells: written without exponent, and compared by value, so "20" and "20.00" are the same rate. */
final class Decimals {
    private Decimals() {
    }

    static String cell(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }

    static boolean same(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }
}
