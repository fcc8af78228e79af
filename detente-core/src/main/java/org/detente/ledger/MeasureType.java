package org.detente.ledger;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Every kind of entry, with the code that files use ({@code staff-expelled}), its category and
 * its stance. Each {@link Measure} record answers its type, so code that needs only these facts
 * (filters, analytics) does not have to know the records.
 */
public enum MeasureType {
    STAFF_EXPELLED(MeasureCategory.STAFF, Stance.PUNITIVE),
    STAFF_DEPARTED(MeasureCategory.STAFF, Stance.NEUTRAL),
    STAFF_ACCREDITED(MeasureCategory.STAFF, Stance.CONCILIATORY),
    VISA_DENIED(MeasureCategory.VISAS, Stance.PUNITIVE),
    VISA_GRANTED(MeasureCategory.VISAS, Stance.CONCILIATORY),
    VISA_EXTENDED(MeasureCategory.VISAS, Stance.CONCILIATORY),
    STAFF_CAP_SET(MeasureCategory.STAFF, Stance.PUNITIVE),
    STAFF_LEVEL_REPORTED(MeasureCategory.OBSERVATION, Stance.NEUTRAL),
    MISSION_OPENED(MeasureCategory.MISSIONS, Stance.CONCILIATORY),
    MISSION_LIMITED(MeasureCategory.MISSIONS, Stance.PUNITIVE),
    MISSION_SUSPENDED(MeasureCategory.MISSIONS, Stance.PUNITIVE),
    MISSION_CLOSED(MeasureCategory.MISSIONS, Stance.PUNITIVE),
    MISSION_SEIZED(MeasureCategory.MISSIONS, Stance.PUNITIVE),
    MISSION_RETURNED(MeasureCategory.MISSIONS, Stance.CONCILIATORY),
    MISSION_REOPENED(MeasureCategory.MISSIONS, Stance.CONCILIATORY),
    RESTRICTION_IMPOSED(MeasureCategory.RESTRICTIONS, Stance.PUNITIVE),
    RESTRICTION_LIFTED(MeasureCategory.RESTRICTIONS, Stance.CONCILIATORY),
    CHANNEL_SUSPENDED(MeasureCategory.CHANNELS, Stance.PUNITIVE),
    CHANNEL_RESTORED(MeasureCategory.CHANNELS, Stance.CONCILIATORY),
    VISA_SERVICE_CHANGED(MeasureCategory.CONSULAR, Stance.NEUTRAL),
    AIR_LINK_SUSPENDED(MeasureCategory.AIR, Stance.PUNITIVE),
    AIR_LINK_RESUMED(MeasureCategory.AIR, Stance.CONCILIATORY),
    SANCTION_IMPOSED(MeasureCategory.SANCTIONS, Stance.PUNITIVE),
    SANCTION_EASED(MeasureCategory.SANCTIONS, Stance.CONCILIATORY),
    SANCTION_LIFTED(MeasureCategory.SANCTIONS, Stance.CONCILIATORY),
    TALKS_HELD(MeasureCategory.DIALOGUE, Stance.CONCILIATORY),
    COMMITMENT_MADE(MeasureCategory.COMMITMENTS, Stance.CONCILIATORY),
    COMMITMENT_FULFILLED(MeasureCategory.COMMITMENTS, Stance.CONCILIATORY),
    COMMITMENT_BROKEN(MeasureCategory.COMMITMENTS, Stance.PUNITIVE),
    STATEMENT(MeasureCategory.DIALOGUE, Stance.NEUTRAL),
    CONDITION_CHANGED(MeasureCategory.CONDITIONS, Stance.NEUTRAL),
    RETRACTION(MeasureCategory.CORRECTION, Stance.NEUTRAL),
    CHANNEL_MET(MeasureCategory.CHANNELS, Stance.CONCILIATORY),
    AGREMENT_REQUESTED(MeasureCategory.HEADS_OF_MISSION, Stance.NEUTRAL),
    AGREMENT_GRANTED(MeasureCategory.HEADS_OF_MISSION, Stance.CONCILIATORY),
    CREDENTIALS_PRESENTED(MeasureCategory.HEADS_OF_MISSION, Stance.CONCILIATORY),
    HEAD_OF_MISSION_DEPARTED(MeasureCategory.HEADS_OF_MISSION, Stance.NEUTRAL),
    CHARGE_D_AFFAIRES_NAMED(MeasureCategory.HEADS_OF_MISSION, Stance.NEUTRAL),
    VISA_ROUTING_CHANGED(MeasureCategory.CONSULAR, Stance.NEUTRAL),
    VISA_CLASS_PAUSED(MeasureCategory.CONSULAR, Stance.PUNITIVE),
    VISA_CLASS_RESUMED(MeasureCategory.CONSULAR, Stance.CONCILIATORY),
    TALKS_ANNOUNCED(MeasureCategory.DIALOGUE, Stance.CONCILIATORY),
    TALKS_CANCELLED(MeasureCategory.DIALOGUE, Stance.NEUTRAL),
    VISA_WAIT_REPORTED(MeasureCategory.OBSERVATION, Stance.NEUTRAL);

    private final MeasureCategory category;
    private final Stance stance;

    MeasureType(MeasureCategory category, Stance stance) {
        this.category = category;
        this.stance = stance;
    }

    public MeasureCategory category() {
        return category;
    }

    public Stance stance() {
        return stance;
    }

    /** The code used in files, URLs and the CLI. */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<MeasureType> fromCode(String code) {
        return Arrays.stream(values()).filter(t -> t.code().equals(code)).findFirst();
    }

    /** All codes, for messages that list what is accepted. */
    public static String allCodes() {
        return Arrays.stream(values()).map(MeasureType::code).collect(Collectors.joining(", "));
    }
}
