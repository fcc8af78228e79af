package org.detente.events.suggest;

import java.util.List;
import java.util.Optional;
import org.detente.ledger.MeasureType;

/**
 * Which CAMEO codes suggest which measure type. Each rule stays within one CAMEO root. The
 * weights of these measure types ({@link org.detente.analysis.GoldsteinWeights}) come from codes
 * of the same roots; {@code docs/events.md} gives the table.
 */
public enum SuggestionRule {
    /** 174 "expel or deport individuals": diplomats declared persona non grata. */
    EXPULSION(MeasureType.STAFF_EXPELLED, List.of("174")),
    /** 163 "impose embargo, boycott or sanctions". */
    SANCTIONS(MeasureType.SANCTION_IMPOSED, List.of("163")),
    /** 160 "reduce relations", 161 "reduce or break diplomatic relations", 164 "halt negotiations". */
    REDUCED_RELATIONS(MeasureType.CHANNEL_SUSPENDED, List.of("160", "161", "164")),
    /** 040-046: consultations, calls, visits, meetings, mediation, negotiation. */
    MEETING(MeasureType.TALKS_HELD, List.of("040", "041", "042", "043", "044", "045", "046")),
    /** 057 "sign formal agreement". */
    AGREEMENT(MeasureType.COMMITMENT_MADE, List.of("057"));

    private final MeasureType type;
    private final List<String> prefixes;

    SuggestionRule(MeasureType type, List<String> prefixes) {
        this.type = type;
        this.prefixes = prefixes;
    }

    public MeasureType type() {
        return type;
    }

    /** CAMEO codes that start with one of these (so 0421 counts as 042) match. */
    public List<String> prefixes() {
        return prefixes;
    }

    /** The rule a CAMEO code matches, if any. */
    public static Optional<SuggestionRule> of(String cameo) {
        for (SuggestionRule rule : values()) {
            for (String prefix : rule.prefixes) {
                if (cameo.startsWith(prefix)) {
                    return Optional.of(rule);
                }
            }
        }
        return Optional.empty();
    }

    /** Every prefix of every rule. */
    public static List<String> allPrefixes() {
        return java.util.Arrays.stream(values()).flatMap(r -> r.prefixes.stream()).toList();
    }
}
