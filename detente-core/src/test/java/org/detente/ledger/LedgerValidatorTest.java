package org.detente.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.detente.fixtures.LedgerFixtures.airLinkResumed;
import static org.detente.fixtures.LedgerFixtures.airLinkSuspended;
import static org.detente.fixtures.LedgerFixtures.channelRestored;
import static org.detente.fixtures.LedgerFixtures.channelSuspended;
import static org.detente.fixtures.LedgerFixtures.commitmentBroken;
import static org.detente.fixtures.LedgerFixtures.commitmentFulfilled;
import static org.detente.fixtures.LedgerFixtures.commitmentMade;
import static org.detente.fixtures.LedgerFixtures.conditionChanged;
import static org.detente.fixtures.LedgerFixtures.entry;
import static org.detente.fixtures.LedgerFixtures.expelled;
import static org.detente.fixtures.LedgerFixtures.reported;
import static org.detente.fixtures.LedgerFixtures.restrictionImposed;
import static org.detente.fixtures.LedgerFixtures.restrictionLifted;
import static org.detente.fixtures.LedgerFixtures.retraction;
import static org.detente.fixtures.LedgerFixtures.sanctionEased;
import static org.detente.fixtures.LedgerFixtures.sanctionImposed;
import static org.detente.fixtures.LedgerFixtures.sanctionLifted;
import static org.detente.fixtures.LedgerFixtures.statement;
import static org.detente.fixtures.LedgerFixtures.talks;
import static org.detente.fixtures.LedgerFixtures.visaService;
import static org.detente.fixtures.MissionFixtures.ARCTIC_CHANNEL;
import static org.detente.fixtures.MissionFixtures.DEFINITION;
import static org.detente.fixtures.MissionFixtures.DIPLOMATIC_RELATIONS;
import static org.detente.fixtures.MissionFixtures.MOSCOW_NEW_YORK;
import static org.detente.fixtures.MissionFixtures.PEACE;
import static org.detente.fixtures.MissionFixtures.RU;
import static org.detente.fixtures.MissionFixtures.RU_CG_SAN_FRANCISCO;
import static org.detente.fixtures.MissionFixtures.RU_EMBASSY_WASHINGTON;
import static org.detente.fixtures.MissionFixtures.US;
import static org.detente.fixtures.MissionFixtures.US_EMBASSY_MOSCOW;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.detente.model.AirLinkId;
import org.detente.model.ChannelId;
import org.detente.model.CommitmentId;
import org.detente.model.ConditionId;
import org.detente.model.Country;
import org.detente.model.Dyad;
import org.detente.model.MissionId;
import org.detente.model.RestrictionKind;
import org.detente.model.SanctionTargetKind;
import org.detente.model.StaffCategory;
import org.detente.model.TrackId;
import org.detente.model.VisaIssuance;
import org.junit.jupiter.api.Test;

/** The checks that need the definitions and the ledger: every problem names its entry, field and rule. */
class LedgerValidatorTest {

    private static List<Problem> validate(Entry... batch) {
        return new LedgerValidator(DEFINITION, List.of()).validate(List.of(batch));
    }

    private static List<Problem> validateAfter(List<Entry> existing, Entry... batch) {
        return new LedgerValidator(DEFINITION, existing).validate(List.of(batch));
    }

    private static List<Entry> aCleanBatch() {
        return List.of(
                entry("ru-reports").by(RU).on("2016-12-01").does(reported(490)),
                entry("us-expels-35").by(US).on("2016-12-29")
                        .does(new StaffExpelled(35, StaffCategory.DIPLOMATIC, Optional.of(RU_EMBASSY_WASHINGTON))),
                entry("sf-closed").by(US).on("2017-09-02").respondsTo("us-expels-35")
                        .does(new MissionClosed(RU_CG_SAN_FRANCISCO)),
                entry("ru-travel-notice").by(RU).on("2017-09").does(restrictionImposed("travel-notice",
                        RestrictionKind.TRAVEL_NOTIFICATION)),
                entry("ru-travel-notice-lifted").by(RU).on("2025-06-01").does(restrictionLifted("travel-notice")),
                entry("arctic-suspended").by(US).on("2022-03-03").does(channelSuspended(ARCTIC_CHANNEL)),
                entry("flights-stop").by(RU).on("2022-03-01").does(airLinkSuspended(MOSCOW_NEW_YORK)),
                entry("aeroflot").by(US).on("2022-04-07").does(sanctionImposed("aeroflot", SanctionTargetKind.AIRLINE)),
                entry("aeroflot-eased").by(US).on("2025-09-01").does(sanctionEased("aeroflot")),
                entry("istanbul-1").by(RU).on("2025-02-27").does(talks("Istanbul", DIPLOMATIC_RELATIONS)),
                entry("commit").by(RU).on("2025-02-27").does(commitmentMade("visas-for-diplomats")),
                entry("commit-kept").by(RU).on("2025-04-10").does(commitmentFulfilled("visas-for-diplomats")),
                entry("visas-yek").by(US).on("2025-04-10").does(visaService(US_EMBASSY_MOSCOW, VisaIssuance.LIMITED)),
                entry("peace").by(RU).on("2026").does(conditionChanged(PEACE, true)),
                entry("bruce").by(US).on("2025-04-10").does(new StatementOfPosition("Tammy Bruce",
                        "embassy operations only", Optional.of(DIPLOMATIC_RELATIONS))));
    }

    @Test
    void a_clean_batch_has_no_problems_in_any_order() {
        List<Entry> batch = aCleanBatch();
        List<Entry> reversed = new ArrayList<>(batch);
        Collections.reverse(reversed);

        assertThat(new LedgerValidator(DEFINITION, List.of()).validate(batch)).isEmpty();
        assertThat(new LedgerValidator(DEFINITION, List.of()).validate(reversed)).isEmpty();
    }

    @Test
    void a_later_batch_may_refer_to_what_an_accepted_batch_defined() {
        // given an accepted batch that imposes a sanction
        LedgerValidator validator = new LedgerValidator(DEFINITION, List.of());
        validator.accept(List.of(entry("aeroflot").by(US).on("2022-04-07")
                .does(sanctionImposed("aeroflot", SanctionTargetKind.AIRLINE))));

        // when a later batch lifts it
        List<Problem> problems = validator.validate(List.of(
                entry("aeroflot-lifted").by(US).on("2026-01-01").respondsTo("aeroflot").does(sanctionLifted("aeroflot"))));

        // then
        assertThat(problems).isEmpty();
    }

    @Test
    void a_duplicate_id_in_the_batch_is_a_problem() {
        List<Problem> problems = validate(
                entry("same").by(US).on("2016-12-29").does(expelled(35)),
                entry("same").by(US).on("2016-12-30").does(expelled(1)));

        assertThat(problems).extracting(Problem::index, Problem::field).containsExactly(tuple(1, "id"));
        assertThat(problems.get(0).message()).contains("'same' already exists");
    }

    @Test
    void an_id_already_in_the_ledger_is_a_problem() {
        List<Entry> existing = List.of(entry("same").by(US).on("2016-12-29").does(expelled(35)));

        List<Problem> problems = validateAfter(existing, entry("same").by(RU).on("2017-07-28").does(expelled(3)));

        assertThat(problems).extracting(Problem::entryId, Problem::field).containsExactly(tuple("same", "id"));
    }

    @Test
    void an_id_defined_twice_by_creating_entries_is_a_problem() {
        List<Problem> problems = validate(
                entry("r1").by(RU).on("2017-09-01").does(restrictionImposed("travel", RestrictionKind.TRAVEL_ZONES)),
                entry("r2").by(RU).on("2017-09-02").does(restrictionImposed("travel", RestrictionKind.OTHER)));

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("restriction");
            assertThat(p.message()).contains("'travel' is already defined");
        });
    }

    @Test
    void unknown_missions_are_named() {
        MissionId unknown = MissionId.of("us-cg-vladivostok");
        List<Problem> problems = validate(
                entry("a").by(RU).on("2020-01-01").does(new MissionClosed(unknown)),
                entry("b").by(US).on("2020-01-01").does(visaService(unknown, VisaIssuance.NONE)),
                entry("c").by(RU).on("2020-01-01")
                        .does(new StaffExpelled(2, StaffCategory.DIPLOMATIC, Optional.of(unknown))));

        assertThat(problems).extracting(Problem::entryId, Problem::field, Problem::message).containsExactly(
                tuple("a", "mission", "no mission with id 'us-cg-vladivostok'"),
                tuple("b", "mission", "no mission with id 'us-cg-vladivostok'"),
                tuple("c", "mission", "no mission with id 'us-cg-vladivostok'"));
    }

    @Test
    void a_staff_measure_must_name_a_mission_of_the_sending_country() {
        // given the US expels Russian diplomats (Russia sends) but names the US embassy in Moscow
        Entry expulsion = entry("us-expels").by(US).on("2016-12-29")
                .does(new StaffExpelled(35, StaffCategory.DIPLOMATIC, Optional.of(US_EMBASSY_MOSCOW)));
        // and US staff leave Russia (the US sends) but the entry names the Russian embassy
        Entry departure = entry("us-leave").by(US).on("2017-09-01")
                .does(new StaffDeparted(755, StaffCategory.DIPLOMATIC, Optional.of(RU_EMBASSY_WASHINGTON)));

        List<Problem> problems = validate(expulsion, departure);

        assertThat(problems).extracting(Problem::entryId, Problem::field, Problem::message).containsExactly(
                tuple("us-expels", "mission", "mission 'us-embassy-moscow' belongs to US, not to the sending country RU"),
                tuple("us-leave", "mission", "mission 'ru-embassy-washington' belongs to RU, not to the sending country US"));
    }

    @Test
    void unknown_channels_air_links_and_conditions_are_named() {
        List<Problem> problems = validate(
                entry("a").by(US).on("2022-03-01").does(channelSuspended(ChannelId.of("governors"))),
                entry("b").by(US).on("2022-03-01").does(channelRestored(ChannelId.of("governors"))),
                entry("c").by(US).on("2022-03-01").does(airLinkSuspended(AirLinkId.of("moscow-miami"))),
                entry("d").by(US).on("2022-03-01").does(airLinkResumed(AirLinkId.of("moscow-miami"))),
                entry("e").by(US).on("2022-03-01").does(conditionChanged(ConditionId.of("iran-deal"), true)));

        assertThat(problems).extracting(Problem::entryId, Problem::field, Problem::message).containsExactly(
                tuple("a", "channel", "no channel with id 'governors'"),
                tuple("b", "channel", "no channel with id 'governors'"),
                tuple("c", "airLink", "no airLink with id 'moscow-miami'"),
                tuple("d", "airLink", "no airLink with id 'moscow-miami'"),
                tuple("e", "condition", "no condition with id 'iran-deal'"));
    }

    @Test
    void unknown_restrictions_sanctions_and_commitments_are_named() {
        List<Problem> problems = validate(
                entry("a").by(RU).on("2025-01-01").does(restrictionLifted("travel")),
                entry("b").by(US).on("2025-01-01").does(sanctionEased("aeroflot")),
                entry("c").by(US).on("2025-01-01").does(sanctionLifted("aeroflot")),
                entry("d").by(RU).on("2025-01-01").does(commitmentFulfilled("visas")),
                entry("e").by(RU).on("2025-01-01").does(commitmentBroken("visas")));

        assertThat(problems).extracting(Problem::entryId, Problem::field, Problem::message).containsExactly(
                tuple("a", "restriction", "no restriction with id 'travel' was imposed or made by an entry"),
                tuple("b", "sanction", "no sanction with id 'aeroflot' was imposed or made by an entry"),
                tuple("c", "sanction", "no sanction with id 'aeroflot' was imposed or made by an entry"),
                tuple("d", "commitment", "no commitment with id 'visas' was imposed or made by an entry"),
                tuple("e", "commitment", "no commitment with id 'visas' was imposed or made by an entry"));
    }

    @Test
    void unknown_tracks_are_named_wherever_they_appear() {
        TrackId arctic = TrackId.of("arctic");
        List<Problem> problems = validate(
                entry("a").by(RU).on("2025-02-27").does(talks("Istanbul", DIPLOMATIC_RELATIONS, arctic)),
                entry("b").by(RU).on("2025-02-27").does(new CommitmentMade(CommitmentId.of("c1"), "to talk",
                        Optional.empty(), Optional.of(arctic))),
                entry("c").by(RU).on("2025-02-27").does(new StatementOfPosition("Peskov", "no comment",
                        Optional.of(arctic))));

        assertThat(problems).extracting(Problem::entryId, Problem::field, Problem::message).containsExactly(
                tuple("a", "track", "no track with id 'arctic'"),
                tuple("b", "track", "no track with id 'arctic'"),
                tuple("c", "track", "no track with id 'arctic'"));
    }

    @Test
    void only_the_side_that_imposed_a_restriction_may_lift_it_and_not_before() {
        Entry imposed = entry("imposed").by(RU).on("2017-09-01")
                .does(restrictionImposed("travel", RestrictionKind.TRAVEL_ZONES));
        Entry liftedByTheOtherSide = entry("lifted").by(US).on("2017-08-01").does(restrictionLifted("travel"));

        List<Problem> problems = validate(liftedByTheOtherSide, imposed);

        assertThat(problems).extracting(Problem::field).containsExactly("actor", "occurredOn");
        assertThat(problems.get(0).message()).isEqualTo("restriction 'travel' belongs to RU, so only RU can act on it, not US");
        assertThat(problems.get(1).message()).contains("only starts on 2017-09-01, after 2017-08-01");
    }

    @Test
    void a_response_to_an_unknown_entry_is_a_problem() {
        List<Problem> problems = validate(entry("answer").by(RU).on("2017-07-28").respondsTo("nothing")
                .does(expelled(755)));

        assertThat(problems).extracting(Problem::field, Problem::message)
                .containsExactly(tuple("respondsTo", "no entry with id 'nothing'"));
    }

    @Test
    void a_response_cannot_come_before_what_it_answers() {
        Entry expulsion = entry("us-expels").by(US).on("2016-12-29").does(expelled(35));
        Entry early = entry("ru-answers").by(RU).on("2016-12-28").respondsTo("us-expels").does(expelled(35));
        Entry sameDay = entry("ru-answers-same-day").by(RU).on("2016-12-29").respondsTo("us-expels").does(expelled(1));

        List<Problem> problems = validate(early, expulsion, sameDay);

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.entryId()).isEqualTo("ru-answers");
            assertThat(p.field()).isEqualTo("respondsTo");
            assertThat(p.message()).contains("'us-expels' occurred on 2016-12-29, after this entry (2016-12-28)");
        });
    }

    @Test
    void a_response_dated_only_to_the_month_may_answer_a_measure_of_that_month() {
        Entry expulsion = entry("ru-expels").by(RU).on("2017-09-15").does(expelled(35));
        Entry sameMonth = entry("us-answers").by(US).on("2017-09").respondsTo("ru-expels").does(expelled(35));
        Entry monthBefore = entry("us-answers-early").by(US).on("2017-08").respondsTo("ru-expels").does(expelled(1));

        List<Problem> problems = validate(expulsion, sameMonth, monthBefore);

        assertThat(problems).extracting(Problem::entryId, Problem::field)
                .containsExactly(tuple("us-answers-early", "respondsTo"));
    }

    @Test
    void a_retraction_must_name_an_existing_entry() {
        List<Problem> problems = validate(entry("oops").by(US).on("2025-01-01").does(retraction("nothing")));

        assertThat(problems).extracting(Problem::field, Problem::message)
                .containsExactly(tuple("retracts", "no entry with id 'nothing'"));
    }

    @Test
    void an_entry_already_retracted_cannot_be_retracted_again() {
        Entry wrong = entry("wrong").by(US).on("2016-12-29").does(expelled(53));
        Entry firstRetraction = entry("retraction-1").by(US).on("2016-12-30").does(retraction("wrong"));
        List<Entry> existing = List.of(wrong, firstRetraction);

        List<Problem> again = validateAfter(existing, entry("retraction-2").by(US).on("2017-01-01").does(retraction("wrong")));

        assertThat(again).extracting(Problem::entryId, Problem::field, Problem::message)
                .containsExactly(tuple("retraction-2", "retracts", "'wrong' is already retracted"));
    }

    @Test
    void two_retractions_of_one_entry_in_one_batch_are_a_problem() {
        List<Problem> problems = validate(
                entry("wrong").by(US).on("2016-12-29").does(expelled(53)),
                entry("retraction-1").by(US).on("2016-12-30").does(retraction("wrong")),
                entry("retraction-2").by(US).on("2016-12-30").does(retraction("wrong")));

        assertThat(problems).extracting(Problem::field, Problem::message)
                .containsExactly(tuple("retracts", "'wrong' is already retracted"));
    }

    @Test
    void a_retraction_cannot_be_retracted() {
        List<Entry> existing = List.of(
                entry("wrong").by(US).on("2016-12-29").does(expelled(53)),
                entry("retraction-1").by(US).on("2016-12-30").does(retraction("wrong")));

        List<Problem> problems = validateAfter(existing,
                entry("retraction-2").by(US).on("2017-01-01").does(retraction("retraction-1")));

        assertThat(problems).extracting(Problem::field).containsExactly("retracts");
        assertThat(problems.get(0).message()).contains("'retraction-1' is a retraction");
    }

    @Test
    void an_id_defined_by_a_retracted_entry_may_be_defined_again() {
        // given a restriction imposed with the wrong date, then retracted ("counts as never recorded")
        List<Entry> existing = List.of(
                entry("travel-wrong").by(RU).on("2018-09-01").does(restrictionImposed("travel", RestrictionKind.TRAVEL_ZONES)),
                entry("travel-wrong-retracted").by(RU).on("2018-09-02").does(retraction("travel-wrong")));

        // when it is recorded again with the right date under the same restriction id
        List<Problem> problems = validateAfter(existing,
                entry("travel").by(RU).on("2017-09-01").does(restrictionImposed("travel", RestrictionKind.TRAVEL_ZONES)));

        // then the id is free
        assertThat(problems).isEmpty();
    }

    @Test
    void an_id_may_be_defined_again_in_the_batch_that_retracts_its_first_definition() {
        List<Entry> existing = List.of(entry("aeroflot-wrong").by(US).on("2022-04-08")
                .does(sanctionImposed("aeroflot", SanctionTargetKind.AIRLINE)));

        List<Problem> problems = validateAfter(existing,
                entry("aeroflot-wrong-retracted").by(US).on("2022-04-08").does(retraction("aeroflot-wrong")),
                entry("aeroflot").by(US).on("2022-04-07").does(sanctionImposed("aeroflot", SanctionTargetKind.AIRLINE)));

        assertThat(problems).isEmpty();
    }

    @Test
    void a_restriction_whose_imposition_was_retracted_cannot_be_lifted() {
        List<Entry> existing = List.of(
                entry("travel").by(RU).on("2017-09-01").does(restrictionImposed("travel", RestrictionKind.TRAVEL_ZONES)),
                entry("travel-retracted").by(RU).on("2017-09-02").does(retraction("travel")));

        List<Problem> problems = validateAfter(existing,
                entry("travel-lifted").by(RU).on("2025-06-01").does(restrictionLifted("travel")));

        assertThat(problems).extracting(Problem::field, Problem::message).containsExactly(
                tuple("restriction", "no restriction with id 'travel' was imposed or made by an entry"));
    }

    @Test
    void an_entry_of_another_dyad_is_rejected() {
        Country china = Country.of("CN");
        Entry other = entry("us-cn").dyad(new Dyad(US, china)).between(US, china).on("2020-07-21")
                .does(new MissionClosed(MissionId.of("cn-cg-houston")));

        List<Problem> problems = validate(other);

        assertThat(problems).extracting(Problem::field, Problem::message)
                .containsExactly(tuple("dyad", "entry is for us-cn but the ledger is for us-ru"));
    }

    @Test
    void accept_reports_every_problem_at_once_and_remembers_nothing_of_a_bad_batch() {
        LedgerValidator validator = new LedgerValidator(DEFINITION, List.of());
        List<Entry> bad = List.of(
                entry("a").by(US).on("2022-03-01").does(channelSuspended(ChannelId.of("governors"))),
                entry("b").by(RU).on("2025-01-01").does(restrictionLifted("travel")));

        assertThatThrownBy(() -> validator.accept(bad))
                .isInstanceOf(InvalidEntriesException.class)
                .hasMessageContaining("2 invalid")
                .hasMessageContaining("entry a: channel: no channel with id 'governors'")
                .satisfies(e -> assertThat(((InvalidEntriesException) e).problems()).hasSize(2));
        assertThat(validator.validate(List.of(entry("a").by(US).on("2022-03-01").does(channelSuspended(ARCTIC_CHANNEL)))))
                .isEmpty();
    }
}
