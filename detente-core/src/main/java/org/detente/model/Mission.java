package org.detente.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A diplomatic mission or premises of one country ({@code sending}) in the other ({@code host}),
 * with its baseline: the status and visa issuance it had from {@code since} until the ledger
 * says otherwise. {@code visaIssuance} is empty for premises that do no consular work. When
 * {@code startUnknown}, no source says when that baseline began: {@code since} is then only the
 * earliest date a source attests it, used to place the mission in time, never shown as its start.
 */
public record Mission(MissionId id, Country sending, Country host, MissionKind kind, String city, String name,
                      HistoricalDate since, boolean startUnknown, MissionStatus status,
                      Optional<VisaIssuance> visaIssuance, List<Source> sources,
                      Confidence confidence, String note) implements Definition {
    public Mission {
        Objects.requireNonNull(id, "mission id is required");
        Objects.requireNonNull(sending, "sending country is required");
        Objects.requireNonNull(host, "host country is required");
        if (sending.equals(host)) {
            throw new IllegalArgumentException("mission " + id + ": sending and host country must differ");
        }
        Objects.requireNonNull(kind, "mission kind is required");
        city = Text.require(city, "city");
        name = Text.require(name, "mission name");
        Objects.requireNonNull(since, "since is required");
        Objects.requireNonNull(status, "status is required");
        Objects.requireNonNull(visaIssuance, "visaIssuance is required (empty when none applies)");
        sources = Definition.requireSources(sources, "mission " + id);
        confidence = Definition.requireConfidence(confidence, "mission " + id);
        note = Text.optional(note);
    }

    /** A definition whose baseline the sources confirm, without a note. */
    public Mission(MissionId id, Country sending, Country host, MissionKind kind, String city, String name,
                   HistoricalDate since, MissionStatus status, Optional<VisaIssuance> visaIssuance,
                   List<Source> sources) {
        this(id, sending, host, kind, city, name, since, false, status, visaIssuance, sources, Confidence.HIGH, "");
    }

    @Override
    public String key() {
        return id.value();
    }
}
