/**
 * Feeds that follow a dyad from outside the dashboard: an Atom feed of its ledger
 * ({@link org.detente.app.feed.LedgerAtomFeed}, written with ROME) and an iCalendar feed of its
 * talks, announced meetings and commitments with due dates
 * ({@link org.detente.app.feed.LedgerCalendar}, written with ical4j).
 *
 * <p>Both read a {@link org.detente.state.LedgerView}, so what was known when and what was retracted
 * is applied before they see an entry; both say an entry in the one wording of
 * {@link org.detente.app.report.EntryWords}; both name an entry by the same stable tag URI and link
 * it to the same dashboard address ({@link org.detente.app.feed.FeedLinks}), so a reader that
 * follows both sees one entry, not two.
 */
package org.detente.app.feed;
