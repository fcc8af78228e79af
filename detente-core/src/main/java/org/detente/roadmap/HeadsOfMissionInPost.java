package org.detente.roadmap;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.detente.model.Codes;
import org.detente.model.MissionId;
import org.detente.state.HeadOfMissionState;

/**
 * Each named mission is headed by an ambassador who presented credentials (a chargé d'affaires
 * does not count): heads of mission exchanged. Code {@code heads-of-mission-in-post}. Progress is
 * the missions so headed of those named; a mission with no recorded head is not headed.
 */
public record HeadsOfMissionInPost(List<MissionId> missions) implements Criterion {
    public static final String TYPE = "heads-of-mission-in-post";

    public HeadsOfMissionInPost {
        missions = List.copyOf(Objects.requireNonNull(missions, "missions is required"));
        if (missions.isEmpty()) {
            throw new IllegalArgumentException("missions: at least one mission is required");
        }
        if (missions.stream().distinct().count() != missions.size()) {
            throw new IllegalArgumentException("missions: a mission is listed twice");
        }
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String describe() {
        return "an ambassador in post at " + String.join(", ", missions.stream().map(MissionId::value).toList());
    }

    @Override
    public CriterionResult evaluate(CriterionContext context) {
        int headed = 0;
        List<String> words = new ArrayList<>();
        for (MissionId mission : missions) {
            Optional<HeadOfMissionState> head = context.state().headOf(mission);
            if (head.isPresent() && head.get().ambassadorInPost()) {
                headed++;
                words.add(mission + ": ambassador " + head.get().person() + " since " + head.get().since());
            } else {
                words.add(mission + ": " + head.map(h -> Codes.of(h.standing())).orElse("no head recorded"));
            }
        }
        return CriterionResult.of(headed == missions.size(),
                Progress.of(headed, missions.size(), headed + " of " + missions.size()), String.join("; ", words));
    }
}
