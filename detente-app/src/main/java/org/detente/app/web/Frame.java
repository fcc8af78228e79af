package org.detente.app.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/**
 * What every page shows around its content: the dyad, the date it is seen as of (a date picker and
 * a timeline slider over the ledger's span, in epoch days) and the moment of knowledge it is seen
 * at ({@code knownAt}, an instant, or empty for everything recorded), the navigation (each link
 * keeps both, so a view can be shared), who is signed in, and the CSRF token forms carry.
 */
public record Frame(String title, String dyadId, String dyadName, String asOf, String knownAt, String path,
                    long sliderMin, long sliderMax, long sliderValue, String sliderMinDate, String sliderMaxDate,
                    List<NavLink> nav, String user, String role, boolean editor, String csrf, List<NavLink> dyads) {
    public Frame {
        nav = List.copyOf(nav);
        dyads = List.copyOf(dyads);
    }

    /** A frame with no other dyad to switch to. */
    public Frame(String title, String dyadId, String dyadName, String asOf, String knownAt, String path,
                 long sliderMin, long sliderMax, long sliderValue, String sliderMinDate, String sliderMaxDate,
                 List<NavLink> nav, String user, String role, boolean editor, String csrf) {
        this(title, dyadId, dyadName, asOf, knownAt, path, sliderMin, sliderMax, sliderValue, sliderMinDate,
                sliderMaxDate, nav, user, role, editor, csrf, List.of());
    }

    /** Whether there are other dyads to switch to. */
    public boolean switchesDyads() {
        return dyads.size() > 1;
    }

    public boolean signedIn() {
        return !user.isEmpty();
    }

    /** Whether the page shows only what had been recorded by a moment. */
    public boolean hasKnownAt() {
        return !knownAt.isEmpty();
    }

    /** The UTC day of the moment of knowledge, for the date field ({@code ""} when none). */
    public String knownAtDate() {
        return hasKnownAt() ? Instant.parse(knownAt).atOffset(ZoneOffset.UTC).toLocalDate().toString() : "";
    }

    /**
     * The Atom feed of the dyad's ledger, to subscribe to: it follows the ledger as it grows, so it
     * keeps neither the page's date nor its moment of knowledge.
     */
    public String atomFeed() {
        return "/dyads/" + dyadId + "/feed.atom";
    }

    /** The iCalendar feed of the dyad's talks and commitments, to subscribe to (as {@link #atomFeed()}). */
    public String calendarFeed() {
        return "/dyads/" + dyadId + "/calendar.ics";
    }

    /** The query that keeps the date and the moment of knowledge: {@code asOf=...[&knownAt=...]}. */
    public String query() {
        return query(asOf, knownAt);
    }

    static String query(String asOf, String knownAt) {
        return "asOf=" + asOf + (knownAt.isEmpty() ? "" : "&knownAt=" + URLEncoder.encode(knownAt, StandardCharsets.UTF_8));
    }

    /** A link of the navigation; {@code current} marks the page shown. */
    public record NavLink(String label, String href, boolean current) {
    }
}
