package dev.fieldcrm.core.abc;

import java.util.EnumMap;
import java.util.Map;

/** A client's class in an ABC analysis: A the few that bring most, C the many that bring little. */
public enum AbcClass {
    A, B, C;

    /** Every class with count 0, to count into (reports list the classes nobody fell in, too). */
    public static Map<AbcClass, Integer> zeroCounts() {
        Map<AbcClass, Integer> zeros = new EnumMap<>(AbcClass.class);
        for (AbcClass c : values()) {
            zeros.put(c, 0);
        }
        return zeros;
    }
}
