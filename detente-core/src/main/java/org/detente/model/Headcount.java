package org.detente.model;

/**
 * Staff of one country in the other by category, as far as known: a {@code null} category is
 * unknown (sources often give only a total). The total is the sum of the categories when all
 * three are known, else the figure given; it is never guessed.
 */
public record Headcount(Integer diplomatic, Integer adminTechnical, Integer local, Integer total) {
    public Headcount {
        requireNotNegative(diplomatic, "diplomatic");
        requireNotNegative(adminTechnical, "adminTechnical");
        requireNotNegative(local, "local");
        requireNotNegative(total, "total");
        if (diplomatic != null && adminTechnical != null && local != null) {
            int sum = diplomatic + adminTechnical + local;
            if (total != null && total != sum) {
                throw new IllegalArgumentException("total " + total + " differs from the sum of the categories " + sum);
            }
            total = sum;
        }
        if (diplomatic == null && adminTechnical == null && local == null && total == null) {
            throw new IllegalArgumentException("a headcount needs at least one of diplomatic, adminTechnical, local, total");
        }
        if (total != null) {
            int known = zeroIfNull(diplomatic) + zeroIfNull(adminTechnical) + zeroIfNull(local);
            if (known > total) {
                throw new IllegalArgumentException("total " + total + " is less than the categories given (" + known + ")");
            }
        }
    }

    private static void requireNotNegative(Integer value, String field) {
        if (value != null && value < 0) {
            throw new IllegalArgumentException(field + " must not be negative, got " + value);
        }
    }

    private static int zeroIfNull(Integer value) {
        return value == null ? 0 : value;
    }

    /** The count of one category, or {@code null} when unknown. */
    public Integer of(StaffCategory category) {
        return switch (category) {
            case DIPLOMATIC -> diplomatic;
            case ADMIN_TECHNICAL -> adminTechnical;
            case LOCAL -> local;
        };
    }

    /**
     * This headcount after {@code delta} people of {@code category} arrive (positive) or leave
     * (negative). Unknown figures stay unknown; a figure never goes below zero, since a source
     * may count people the latest report did not.
     */
    public Headcount plus(StaffCategory category, int delta) {
        Integer newTotal = total == null ? null : Math.max(0, total + delta);
        Integer d = diplomatic;
        Integer a = adminTechnical;
        Integer l = local;
        switch (category) {
            case DIPLOMATIC -> d = d == null ? null : Math.max(0, d + delta);
            case ADMIN_TECHNICAL -> a = a == null ? null : Math.max(0, a + delta);
            case LOCAL -> l = l == null ? null : Math.max(0, l + delta);
        }
        if (d != null && a != null && l != null) {
            return new Headcount(d, a, l, null);
        }
        if (newTotal != null) {
            int known = zeroIfNull(d) + zeroIfNull(a) + zeroIfNull(l);
            newTotal = Math.max(newTotal, known);
        }
        if (d == null && a == null && l == null && newTotal == null) {
            return this;
        }
        return new Headcount(d, a, l, newTotal);
    }
}
