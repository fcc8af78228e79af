package org.detente.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.detente.fixtures.LedgerFixtures.entry;
import static org.detente.fixtures.LedgerFixtures.expelled;
import static org.detente.fixtures.MissionFixtures.RU;
import static org.detente.fixtures.MissionFixtures.RU_CG_SAN_FRANCISCO;
import static org.detente.fixtures.MissionFixtures.US;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.detente.fixtures.LedgerFixtures;
import org.detente.fixtures.MissionFixtures;
import org.detente.model.AirLinkId;
import org.detente.model.ChannelId;
import org.detente.model.CommitmentId;
import org.detente.model.ConditionId;
import org.detente.model.Country;
import org.detente.model.Dyad;
import org.detente.model.MissionId;
import org.detente.model.RestrictionId;
import org.detente.model.RestrictionKind;
import org.detente.model.SanctionId;
import org.detente.model.SanctionTargetKind;
import org.detente.model.StaffCategory;
import org.detente.model.VisaIssuance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The rules measures and entries check when they are built, and the facts each measure type gives. */
class MeasureConstructionTest {

    /** One example of every measure record. */
    static List<Measure> oneOfEach() {
        MissionId m = RU_CG_SAN_FRANCISCO;
        return List.of(
                expelled(1), LedgerFixtures.departed(1), LedgerFixtures.accredited(1),
                LedgerFixtures.visasDenied(1), LedgerFixtures.visasGranted(1), LedgerFixtures.visasExtended(1),
                LedgerFixtures.cap(455), LedgerFixtures.reported(455),
                new MissionOpened(m), new MissionLimited(m), new MissionSuspended(m), new MissionClosed(m),
                new MissionSeized(m), new MissionReturned(m), new MissionReopened(m),
                LedgerFixtures.restrictionImposed("r", RestrictionKind.OTHER), LedgerFixtures.restrictionLifted("r"),
                new ChannelSuspended(ChannelId.of("c")), new ChannelRestored(ChannelId.of("c")),
                LedgerFixtures.visaService(m, VisaIssuance.FULL),
                new AirLinkSuspended(AirLinkId.of("a")), new AirLinkResumed(AirLinkId.of("a")),
                LedgerFixtures.sanctionImposed("s", SanctionTargetKind.OTHER), LedgerFixtures.sanctionEased("s"),
                LedgerFixtures.sanctionLifted("s"), LedgerFixtures.talks("Istanbul"),
                LedgerFixtures.commitmentMade("k"), LedgerFixtures.commitmentFulfilled("k"),
                LedgerFixtures.commitmentBroken("k"), LedgerFixtures.statement("Peskov", "no comment"),
                LedgerFixtures.conditionChanged(ConditionId.of("p"), true), LedgerFixtures.retraction("e"),
                new ChannelMet(ChannelId.of("c"), "Istanbul", "agreed to meet again", List.of()),
                new AgrementRequested(m, "Alexander Darchiev"), new AgrementGranted(m, "Alexander Darchiev"),
                new CredentialsPresented(m, "Alexander Darchiev"), new HeadOfMissionDeparted(m, "Anatoly Antonov"),
                new ChargeDAffairesNamed(m, "a counsellor"),
                new VisaRoutingChanged(org.detente.model.VisaClass.IMMIGRANT, "U.S. Embassy Warsaw", ""),
                new VisaClassPaused(org.detente.model.VisaClass.IMMIGRANT, "", ""),
                new VisaClassResumed(org.detente.model.VisaClass.IMMIGRANT, "", ""),
                new TalksAnnounced("Budapest", Optional.empty(), org.detente.model.TalksFormat.SUMMIT, List.of()),
                new TalksCancelled("Budapest", Optional.empty(), org.detente.model.TalksFormat.SUMMIT, "", List.of()),
                VisaWaitReported.noAppointments("U.S. Embassy Warsaw", org.detente.model.VisaClass.NONIMMIGRANT,
                        "U.S. Embassy Warsaw"));
    }

    @Test
    void every_measure_record_has_its_own_type_and_every_type_has_a_record() {
        // given one example of each record, and every record class the sealed hierarchy permits
        List<Measure> examples = oneOfEach();
        Set<Class<?>> records = leavesOf(Measure.class);

        // then the examples cover every record and every type exactly once
        assertThat(examples.stream().map(Object::getClass).collect(Collectors.toSet())).isEqualTo(records);
        assertThat(examples.stream().map(Measure::type).toList())
                .doesNotHaveDuplicates()
                .containsExactlyInAnyOrder(MeasureType.values());
    }

    private static Set<Class<?>> leavesOf(Class<?> type) {
        Set<Class<?>> leaves = new HashSet<>();
        if (type.isSealed()) {
            for (Class<?> sub : type.getPermittedSubclasses()) {
                leaves.addAll(leavesOf(sub));
            }
        } else {
            leaves.add(type);
        }
        return leaves;
    }

    static Stream<Arguments> staffMeasures() {
        return Stream.of(
                Arguments.of("staff-expelled", (IntFunction<StaffMeasure>) n -> new StaffExpelled(n, StaffCategory.DIPLOMATIC, Optional.empty())),
                Arguments.of("staff-departed", (IntFunction<StaffMeasure>) n -> new StaffDeparted(n, StaffCategory.DIPLOMATIC, Optional.empty())),
                Arguments.of("staff-accredited", (IntFunction<StaffMeasure>) n -> new StaffAccredited(n, StaffCategory.DIPLOMATIC, Optional.empty())),
                Arguments.of("visa-denied", (IntFunction<StaffMeasure>) n -> new VisaDenied(n, StaffCategory.DIPLOMATIC, Optional.empty())),
                Arguments.of("visa-granted", (IntFunction<StaffMeasure>) n -> new VisaGranted(n, StaffCategory.DIPLOMATIC, Optional.empty())),
                Arguments.of("visa-extended", (IntFunction<StaffMeasure>) n -> new VisaExtended(n, StaffCategory.DIPLOMATIC, Optional.empty())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("staffMeasures")
    void a_staff_measure_needs_a_positive_count(String type, IntFunction<StaffMeasure> measure) {
        assertThatIllegalArgumentException().isThrownBy(() -> measure.apply(-3))
                .withMessage("count must be a positive number of people, got -3");
        assertThatIllegalArgumentException().isThrownBy(() -> measure.apply(0))
                .withMessageContaining("got 0");
        assertThat(measure.apply(35).magnitude()).isEqualTo(35);
        assertThat(measure.apply(35).type().code()).isEqualTo(type);
    }

    @Test
    void only_expulsions_departures_and_accreditations_move_the_level() {
        List<MeasureType> moving = oneOfEach().stream()
                .filter(m -> m instanceof StaffMeasure s && s.changesLevel()).map(Measure::type).toList();
        List<MeasureType> sendingActs = oneOfEach().stream()
                .filter(m -> m instanceof StaffMeasure s && s.sendingIsActor()).map(Measure::type).toList();

        assertThat(moving).containsExactlyInAnyOrder(MeasureType.STAFF_EXPELLED, MeasureType.STAFF_DEPARTED,
                MeasureType.STAFF_ACCREDITED);
        assertThat(sendingActs).containsExactly(MeasureType.STAFF_DEPARTED);
    }

    @Test
    void measures_other_than_staff_measures_weigh_one() {
        assertThat(oneOfEach().stream().filter(m -> !(m instanceof StaffMeasure)).map(Measure::magnitude))
                .containsOnly(1);
    }

    @Test
    void a_cap_and_a_capacity_cannot_be_negative() {
        assertThatIllegalArgumentException().isThrownBy(() -> new StaffCapSet(-1))
                .withMessage("cap must not be negative, got -1");
        assertThat(new StaffCapSet(0).cap()).isZero();
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new VisaServiceChanged(RU_CG_SAN_FRANCISCO, VisaIssuance.LIMITED, OptionalInt.of(-5)))
                .withMessage("monthlyCapacity must not be negative, got -5");
    }

    @Test
    void required_fields_are_named_when_missing() {
        assertThatNullPointerException().isThrownBy(() -> new MissionClosed(null)).withMessage("mission is required");
        assertThatNullPointerException().isThrownBy(() -> new StaffExpelled(1, null, Optional.empty()))
                .withMessage("category is required");
        assertThatIllegalArgumentException().isThrownBy(() -> new RestrictionImposed(RestrictionId.of("r"),
                RestrictionKind.OTHER, " ")).withMessage("description is required");
        assertThatIllegalArgumentException().isThrownBy(() -> new SanctionImposed(SanctionId.of("s"), "",
                SanctionTargetKind.AIRLINE, "d")).withMessage("target is required");
        assertThatIllegalArgumentException().isThrownBy(() -> new Retraction(EntryId.of("e"), null))
                .withMessage("reason is required");
        assertThatIllegalArgumentException().isThrownBy(() -> new TalksHeld("", List.of(), List.of(), "", List.of()))
                .withMessage("venue is required");
        assertThatIllegalArgumentException().isThrownBy(() -> new CommitmentMade(CommitmentId.of("k"), "",
                Optional.empty(), Optional.empty())).withMessage("content is required");
        assertThatIllegalArgumentException().isThrownBy(() -> new StatementOfPosition("Peskov", " ", Optional.empty()))
                .withMessage("position is required");
    }

    @Test
    void an_entry_needs_an_actor_different_from_its_target() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> entry("self").between(US, US).does(expelled(1)))
                .withMessage("actor and target must differ, both are US");
    }

    @Test
    void an_entry_needs_parties_of_its_dyad() {
        Country china = Country.of("CN");

        assertThatIllegalArgumentException().isThrownBy(() -> entry("cn").between(china, RU).does(expelled(1)))
                .withMessage("actor CN is not a party of us-ru");
        assertThatIllegalArgumentException().isThrownBy(() -> entry("cn").between(US, china).does(expelled(1)))
                .withMessage("target CN is not a party of us-ru");
    }

    @Test
    void an_entry_needs_at_least_one_source() {
        assertThatIllegalArgumentException().isThrownBy(() -> entry("nosource").sources(List.of()).does(expelled(1)))
                .withMessage("sources: at least one source is required");
        assertThatIllegalArgumentException().isThrownBy(() -> entry("nosource").sources(null).does(expelled(1)))
                .withMessageContaining("at least one source");
    }

    @Test
    void an_entry_cannot_respond_to_itself_nor_have_a_negative_sequence() {
        assertThatIllegalArgumentException().isThrownBy(() -> entry("echo").respondsTo("echo").does(expelled(1)))
                .withMessage("respondsTo: an entry cannot respond to itself");
        assertThatIllegalArgumentException().isThrownBy(() -> entry("e").sequence(-1).does(expelled(1)))
                .withMessage("sequence must not be negative, got -1");
    }

    @Test
    void an_entry_copies_its_sources_and_keeps_everything_else_when_stored() {
        List<org.detente.model.Source> sources = new ArrayList<>(MissionFixtures.SOURCES);
        Entry entry = entry("e").by(RU).on("2017-07-28").sources(sources).does(expelled(755));
        sources.clear();

        Entry stored = entry.withSequence(42).recorded(Instant.parse("2025-05-01T00:00:00Z"), "importer");

        assertThat(entry.sources()).hasSize(1);
        assertThat(stored.sequence()).isEqualTo(42);
        assertThat(stored.author()).isEqualTo("importer");
        assertThat(stored.recordedAt()).isEqualTo(Instant.parse("2025-05-01T00:00:00Z"));
        assertThat(stored).usingRecursiveComparison().ignoringFields("sequence", "author", "recordedAt").isEqualTo(entry);
        assertThat(stored.type()).isEqualTo(MeasureType.STAFF_EXPELLED);
    }

    @Test
    void measure_type_codes_are_unique_and_parse_back() {
        for (MeasureType type : MeasureType.values()) {
            assertThat(MeasureType.fromCode(type.code())).contains(type);
        }
        assertThat(Arrays.stream(MeasureType.values()).map(MeasureType::code)).doesNotHaveDuplicates();
        assertThat(MeasureType.fromCode("staff_expelled")).isEmpty();
        assertThat(MeasureType.fromCode("STAFF-EXPELLED")).isEmpty();
        assertThat(MeasureType.allCodes()).startsWith("staff-expelled, staff-departed").contains("retraction");
        assertThat(MeasureType.VISA_SERVICE_CHANGED.code()).isEqualTo("visa-service-changed");
    }

    @ParameterizedTest
    @ValueSource(strings = {"staff-expelled", "mission-closed", "mission-seized", "restriction-imposed",
            "channel-suspended", "air-link-suspended", "sanction-imposed", "commitment-broken", "visa-denied",
            "staff-cap-set"})
    void hostile_measures_are_punitive(String code) {
        assertThat(MeasureType.fromCode(code)).map(MeasureType::stance).contains(Stance.PUNITIVE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"staff-accredited", "mission-reopened", "mission-returned", "restriction-lifted",
            "channel-restored", "air-link-resumed", "sanction-eased", "sanction-lifted", "talks-held",
            "commitment-fulfilled", "visa-granted"})
    void mending_measures_are_conciliatory(String code) {
        assertThat(MeasureType.fromCode(code)).map(MeasureType::stance).contains(Stance.CONCILIATORY);
    }

    @Test
    void observations_and_corrections_are_neutral() {
        Set<MeasureType> neutral = EnumSet.noneOf(MeasureType.class);
        for (MeasureType type : MeasureType.values()) {
            if (type.stance() == Stance.NEUTRAL) {
                neutral.add(type);
            }
        }
        assertThat(neutral).contains(MeasureType.STAFF_LEVEL_REPORTED, MeasureType.RETRACTION, MeasureType.STATEMENT,
                MeasureType.CONDITION_CHANGED);
        assertThat(MeasureType.STAFF_LEVEL_REPORTED.category()).isEqualTo(MeasureCategory.OBSERVATION);
        assertThat(MeasureType.RETRACTION.category()).isEqualTo(MeasureCategory.CORRECTION);
        assertThat(MeasureType.VISA_DENIED.category()).isEqualTo(MeasureCategory.VISAS);
    }

    @Test
    void a_problem_reads_entry_field_message() {
        assertThat(new Problem(3, "us-expels-35", "count", "must be positive"))
                .hasToString("entry us-expels-35: count: must be positive");
        assertThat(new Dyad(US, RU)).hasToString("us-ru");
    }
}
