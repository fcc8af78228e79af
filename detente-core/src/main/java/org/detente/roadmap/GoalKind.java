package org.detente.roadmap;

/**
 * What kind of step a goal is, from a small vocabulary shared by every dyad: goals of different
 * cases are compared through their kind, never through their ids (one author's
 * {@code embassies-reopened} is another's {@code us-embassy-havana-opened}). Written in
 * {@code roadmap.yaml} in kebab-case ({@code embassy-reopened}).
 */
public enum GoalKind {
    /** A closed, suspended or seized mission (embassy or consulate) of either side works again. */
    EMBASSY_REOPENED,
    /** Each side has an ambassador in post in the other's capital, credentials presented. */
    HEADS_OF_MISSION_EXCHANGED,
    /** A mission issues visas or gives other consular services again. */
    CONSULAR_SERVICES_RESTORED,
    /** The staff of the missions restored to a level (a count or a multiple of a baseline). */
    STAFF_RESTORED,
    /** A restriction on diplomats or missions (movement, local staff, access, banking) lifted. */
    RESTRICTION_LIFTED,
    /** A channel between ministries, legislatures, regions or cities works again. */
    CHANNEL_RESTORED,
    /** Scheduled direct flights between the two countries fly again. */
    DIRECT_FLIGHTS_RESUMED,
    /** A sanction eased or lifted. */
    SANCTION_EASED
}
