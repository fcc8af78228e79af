package org.detente.analysis;

import java.util.Optional;
import org.detente.model.RestrictionKind;
import org.detente.model.VisaIssuance;
import org.detente.state.MissionState;
import org.detente.state.RelationsState;

/** The consular staff of a mission: officers who adjudicate and local staff who support them. */
public record ConsularStaffing(int officers, int localStaff) {
    public ConsularStaffing {
        if (officers < 0) {
            throw new IllegalArgumentException("officers must not be negative, got " + officers);
        }
        if (localStaff < 0) {
            throw new IllegalArgumentException("localStaff must not be negative, got " + localStaff);
        }
    }

    /**
     * This staffing as {@code state} lets mission {@code missionId} use it: no officer time on visas
     * where the mission offers no routine visa service (its effective issuance is none or emergency
     * only), and no local staff where the host bans the sending side's local staff (a
     * {@code local-staff-ban} restriction in force). A mission the state does not hold keeps all of it.
     */
    public ConsularStaffing allowedBy(RelationsState state, String missionId) {
        Optional<MissionState> mission = state.missions().stream()
                .filter(m -> m.mission().id().value().equals(missionId)).findFirst();
        boolean serves = mission.flatMap(MissionState::effectiveVisaIssuance)
                .map(level -> level.atLeast(VisaIssuance.LIMITED)).orElse(true);
        boolean banned = mission.isPresent() && state.restrictionsInForce().stream()
                .anyMatch(r -> r.kind() == RestrictionKind.LOCAL_STAFF_BAN
                        && r.imposedBy().equals(mission.get().mission().host())
                        && r.appliesTo().equals(mission.get().mission().sending()));
        return new ConsularStaffing(serves ? officers : 0, banned ? 0 : localStaff);
    }
}
