package org.detente.analysis;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.detente.ledger.MeasureType;

/**
 * The one table that maps each {@link MeasureType} to a CAMEO event code and its Goldstein weight.
 * Weights are those GDELT publishes for the CAMEO codes (Goldstein 1992, extended to CAMEO by
 * Schrodt); {@code docs/analyses.md} gives the same table with the reasons for each choice. A test
 * checks the weights against the published lookup and that every type has a row.
 */
public final class GoldsteinWeights {
    private static final Map<MeasureType, ConflictWeight> TABLE = new EnumMap<>(MeasureType.class);

    static {
        // Acts on staff: expelling people is CAMEO's "expel or deport individuals"; a cap cuts the
        // diplomatic presence, which is "reduce or break diplomatic relations".
        row(MeasureType.STAFF_EXPELLED, "174", "Expel or deport individuals", -5.0, CameoMatch.EXACT);
        none(MeasureType.STAFF_DEPARTED); // the consequence of a cap or expulsion, weighed there
        row(MeasureType.STAFF_ACCREDITED, "050", "Engage in diplomatic cooperation, not specified below", 3.5,
                CameoMatch.NEAREST);
        row(MeasureType.VISA_DENIED, "120", "Reject, not specified below", -4.0, CameoMatch.NEAREST);
        row(MeasureType.VISA_GRANTED, "050", "Engage in diplomatic cooperation, not specified below", 3.5,
                CameoMatch.NEAREST);
        row(MeasureType.VISA_EXTENDED, "050", "Engage in diplomatic cooperation, not specified below", 3.5,
                CameoMatch.NEAREST);
        row(MeasureType.STAFF_CAP_SET, "161", "Reduce or break diplomatic relations", -4.0, CameoMatch.EXACT);
        none(MeasureType.STAFF_LEVEL_REPORTED);
        // Missions.
        row(MeasureType.MISSION_OPENED, "050", "Engage in diplomatic cooperation, not specified below", 3.5,
                CameoMatch.NEAREST);
        row(MeasureType.MISSION_LIMITED, "161", "Reduce or break diplomatic relations", -4.0, CameoMatch.NEAREST);
        row(MeasureType.MISSION_SUSPENDED, "161", "Reduce or break diplomatic relations", -4.0, CameoMatch.EXACT);
        row(MeasureType.MISSION_CLOSED, "161", "Reduce or break diplomatic relations", -4.0, CameoMatch.EXACT);
        row(MeasureType.MISSION_SEIZED, "1711", "Confiscate property", -9.2, CameoMatch.EXACT);
        row(MeasureType.MISSION_RETURNED, "0842", "Return, release property", 7.0, CameoMatch.EXACT);
        row(MeasureType.MISSION_REOPENED, "050", "Engage in diplomatic cooperation, not specified below", 3.5,
                CameoMatch.NEAREST);
        // Restrictions on diplomats are administrative sanctions in CAMEO's terms.
        row(MeasureType.RESTRICTION_IMPOSED, "172", "Impose administrative sanctions, not specified below", -5.0,
                CameoMatch.EXACT);
        row(MeasureType.RESTRICTION_LIFTED, "081", "Ease administrative sanctions, not specified below", 5.0,
                CameoMatch.EXACT);
        row(MeasureType.CHANNEL_SUSPENDED, "161", "Reduce or break diplomatic relations", -4.0, CameoMatch.NEAREST);
        row(MeasureType.CHANNEL_RESTORED, "050", "Engage in diplomatic cooperation, not specified below", 3.5,
                CameoMatch.NEAREST);
        none(MeasureType.VISA_SERVICE_CHANGED); // up or down depending on the level: no fixed sign
        row(MeasureType.AIR_LINK_SUSPENDED, "160", "Reduce relations, not specified below", -4.0, CameoMatch.NEAREST);
        row(MeasureType.AIR_LINK_RESUMED, "061", "Cooperate economically", 6.4, CameoMatch.NEAREST);
        row(MeasureType.SANCTION_IMPOSED, "163", "Impose embargo, boycott, or sanctions", -8.0, CameoMatch.EXACT);
        row(MeasureType.SANCTION_EASED, "085", "Ease economic sanctions, boycott, embargo", 7.0, CameoMatch.EXACT);
        row(MeasureType.SANCTION_LIFTED, "085", "Ease economic sanctions, boycott, embargo", 7.0, CameoMatch.EXACT);
        row(MeasureType.TALKS_HELD, "046", "Engage in negotiation", 7.0, CameoMatch.EXACT);
        row(MeasureType.COMMITMENT_MADE, "030", "Express intent to cooperate, not specified below", 4.0,
                CameoMatch.NEAREST);
        row(MeasureType.COMMITMENT_FULFILLED, "060", "Engage in material cooperation, not specified below", 6.0,
                CameoMatch.NEAREST);
        row(MeasureType.COMMITMENT_BROKEN, "127", "Reject plan, agreement to settle dispute", -5.0,
                CameoMatch.NEAREST);
        row(MeasureType.STATEMENT, "010", "Make statement, not specified below", 0.0, CameoMatch.EXACT);
        none(MeasureType.CONDITION_CHANGED); // a fact outside the dyad, not an act of one party
        none(MeasureType.RETRACTION); // a correction of the ledger, never an event
        // A meeting of a standing channel is a round of negotiation, as talks are.
        row(MeasureType.CHANNEL_MET, "046", "Engage in negotiation", 7.0, CameoMatch.NEAREST);
        // Heads of mission: granting agrément and receiving credentials are acts of cooperation;
        // asking, leaving a post and naming a chargé are the sending side's own administration.
        none(MeasureType.AGREMENT_REQUESTED);
        row(MeasureType.AGREMENT_GRANTED, "050", "Engage in diplomatic cooperation, not specified below", 3.5,
                CameoMatch.NEAREST);
        row(MeasureType.CREDENTIALS_PRESENTED, "050", "Engage in diplomatic cooperation, not specified below", 3.5,
                CameoMatch.NEAREST);
        none(MeasureType.HEAD_OF_MISSION_DEPARTED);
        none(MeasureType.CHARGE_D_AFFAIRES_NAMED);
        none(MeasureType.VISA_ROUTING_CHANGED); // a post elsewhere may open or narrow access: no fixed sign
        row(MeasureType.VISA_CLASS_PAUSED, "172", "Impose administrative sanctions, not specified below", -5.0,
                CameoMatch.NEAREST);
        row(MeasureType.VISA_CLASS_RESUMED, "081", "Ease administrative sanctions, not specified below", 5.0,
                CameoMatch.NEAREST);
        row(MeasureType.TALKS_ANNOUNCED, "036", "Express intent to meet or negotiate", 4.0, CameoMatch.EXACT);
        // Calling a meeting off is not by itself an act against the other side (CAMEO's 164, halting
        // negotiations, would weigh -7); a reason that is one is recorded as its own entry.
        none(MeasureType.TALKS_CANCELLED);
        none(MeasureType.VISA_WAIT_REPORTED); // an observation of a queue, not an act of either party
        for (MeasureType type : MeasureType.values()) {
            if (!TABLE.containsKey(type)) {
                throw new IllegalStateException("GoldsteinWeights has no row for " + type);
            }
        }
    }

    private GoldsteinWeights() {
    }

    private static void row(MeasureType type, String code, String label, double weight, CameoMatch match) {
        TABLE.put(type, new ConflictWeight(type, Optional.of(code), label, weight, match));
    }

    private static void none(MeasureType type) {
        TABLE.put(type, new ConflictWeight(type, Optional.empty(), "", 0.0, CameoMatch.NONE));
    }

    /** The weight of a measure type. */
    public static ConflictWeight of(MeasureType type) {
        return TABLE.get(Objects.requireNonNull(type, "type is required"));
    }

    /** Every row, in the order of {@link MeasureType}. */
    public static List<ConflictWeight> all() {
        return List.copyOf(TABLE.values());
    }
}
