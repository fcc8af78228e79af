package org.detente.app.web;

import java.util.List;

/**
 * What every page shows around its content: the dyad, the date it is seen as of (a date picker and
 * a timeline slider over the ledger's span, in epoch days), the navigation (each link keeps the
 * date, so a view can be shared), who is signed in, and the CSRF token forms carry.
 */
public record Frame(String title, String dyadId, String dyadName, String asOf, String path, long sliderMin,
                    long sliderMax, long sliderValue, String sliderMinDate, String sliderMaxDate, List<NavLink> nav,
                    String user, String role, boolean editor, String csrf) {
    public Frame {
        nav = List.copyOf(nav);
    }

    public boolean signedIn() {
        return !user.isEmpty();
    }

    /** A link of the navigation; {@code current} marks the page shown. */
    public record NavLink(String label, String href, boolean current) {
    }
}
