package org.detente.roadmap;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.detente.model.Codes;
import org.detente.model.Country;
import org.detente.model.RestrictionKind;
import org.detente.state.RestrictionState;

/**
 * No restriction of the given kinds (all kinds when {@code kinds} is empty), imposed by
 * {@code imposedBy} (either side when empty), is in force: the seed's "diplomatic blockade" lifted
 * whatever entries imposed it. Code {@code no-restrictions-in-force}. Progress is not numeric; the
 * explanation names the restrictions still in force.
 */
public record NoRestrictionsInForce(Set<RestrictionKind> kinds, Optional<Country> imposedBy) implements Criterion {
    public static final String TYPE = "no-restrictions-in-force";

    public NoRestrictionsInForce {
        kinds = Set.copyOf(Objects.requireNonNull(kinds, "kinds is required (empty for every kind)"));
        Objects.requireNonNull(imposedBy, "imposedBy is required (empty for either side)");
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String describe() {
        return "no restriction" + (kinds.isEmpty() ? "" : " of kind " + kindCodes()) + imposedBy.map(c -> " imposed by " + c).orElse("")
                + " is in force";
    }

    private String kindCodes() {
        return kinds.stream().map(Codes::of).collect(Collectors.toCollection(TreeSet::new)).toString();
    }

    @Override
    public CriterionResult evaluate(CriterionContext context) {
        List<RestrictionState> inForce = context.state().restrictionsInForce().stream()
                .filter(r -> kinds.isEmpty() || kinds.contains(r.kind()))
                .filter(r -> imposedBy.isEmpty() || imposedBy.get().equals(r.imposedBy()))
                .toList();
        if (inForce.isEmpty()) {
            return CriterionResult.of(true, "no such restriction is in force as of " + context.asOf());
        }
        return CriterionResult.of(false, inForce.size() + " in force as of " + context.asOf() + ": "
                + inForce.stream().map(r -> r.id().value()).collect(Collectors.joining(", ")));
    }
}
