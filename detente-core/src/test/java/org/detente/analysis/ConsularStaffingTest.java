package org.detente.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.detente.fixtures.LedgerFixtures.entry;
import static org.detente.fixtures.LedgerFixtures.restrictionImposed;
import static org.detente.fixtures.LedgerFixtures.visaService;
import static org.detente.fixtures.MissionFixtures.DEFINITION;
import static org.detente.fixtures.MissionFixtures.RU;
import static org.detente.fixtures.MissionFixtures.US;
import static org.detente.fixtures.MissionFixtures.US_EMBASSY_MOSCOW;

import java.time.LocalDate;
import java.util.List;
import org.detente.ledger.Entry;
import org.detente.model.RestrictionKind;
import org.detente.model.VisaIssuance;
import org.detente.state.Projector;
import org.detente.state.RelationsState;
import org.junit.jupiter.api.Test;

/** Which consular staffing a mission may use in a state of relations. */
class ConsularStaffingTest {
    private static final ConsularStaffing GIVEN = new ConsularStaffing(10, 30);
    private static final String MOSCOW = US_EMBASSY_MOSCOW.value();

    private static RelationsState state(Entry... entries) {
        return Projector.of(DEFINITION, List.of(entries)).stateAsOf(LocalDate.of(2025, 6, 1));
    }

    @Test
    void a_mission_with_routine_visa_service_and_no_ban_uses_all_of_it() {
        RelationsState state = state(entry("visas").by(US).on("2025-01-01").does(visaService(US_EMBASSY_MOSCOW,
                VisaIssuance.LIMITED)));

        assertThat(GIVEN.allowedBy(state, MOSCOW)).isEqualTo(GIVEN);
    }

    @Test
    void no_officer_time_on_visas_where_the_mission_offers_only_emergency_service() {
        RelationsState state = state(entry("visas").by(US).on("2025-01-01").does(visaService(US_EMBASSY_MOSCOW,
                VisaIssuance.EMERGENCY_ONLY)));

        assertThat(GIVEN.allowedBy(state, MOSCOW)).isEqualTo(new ConsularStaffing(0, 30));
    }

    @Test
    void no_local_staff_where_the_host_bans_the_sending_sides_local_staff() {
        RelationsState state = state(entry("ban").between(RU, US).on("2021-04-23")
                .does(restrictionImposed("ru-local-staff-ban", RestrictionKind.LOCAL_STAFF_BAN)));

        assertThat(GIVEN.allowedBy(state, MOSCOW)).isEqualTo(new ConsularStaffing(10, 0));
    }

    @Test
    void a_ban_the_sending_side_imposes_on_the_host_does_not_touch_its_own_mission() {
        RelationsState state = state(entry("ban").between(US, RU).on("2021-04-23")
                .does(restrictionImposed("us-local-staff-ban", RestrictionKind.LOCAL_STAFF_BAN)));

        assertThat(GIVEN.allowedBy(state, MOSCOW)).isEqualTo(GIVEN);
    }

    @Test
    void a_mission_the_state_does_not_hold_keeps_all_of_it() {
        assertThat(GIVEN.allowedBy(state(), "nowhere")).isEqualTo(GIVEN);
    }
}
