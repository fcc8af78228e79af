package org.detente.app.web;

/**
 * Which page of a long list is shown ({@code number} of {@code pages}, items {@code first}–{@code last}
 * of {@code matching}), and the links to the newer and older pages (empty when there is none). A page
 * shows a bounded slice, so what a page costs to render does not grow with the ledger.
 */
public record Paging(int number, int pages, int matching, String newer, String older, int first, int last) {

    /**
     * The page {@code requested} (clamped to the pages there are) of {@code matching} items shown
     * {@code size} to a page, its links made of {@code base} followed by a page number.
     */
    static Paging of(int requested, int matching, int size, String base) {
        int pages = Math.max(1, (matching + size - 1) / size);
        return at(Math.min(Math.max(1, requested), pages), pages, matching, size, base);
    }

    /** The page {@code number} of {@code pages}, already chosen (for instance the one holding an item asked for). */
    static Paging at(int number, int pages, int matching, int size, String base) {
        int first = (number - 1) * size;
        int last = Math.min(matching, number * size);
        return new Paging(number, pages, matching, number > 1 ? base + (number - 1) : "",
                number < pages ? base + (number + 1) : "", last > first ? first + 1 : 0, last);
    }

    /** Where this page's items start in the list (0-based). */
    int from() {
        return first == 0 ? 0 : first - 1;
    }

    /** Where they end, exclusive. */
    int to() {
        return last;
    }
}
