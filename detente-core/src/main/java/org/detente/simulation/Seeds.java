package org.detente.simulation;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

/**
 * Derives independent seeds from one seed, so that a tournament's matches, and a match's two
 * sides, each get their own random stream whatever order they run in.
 */
final class Seeds {

    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;
    private static final long SIDE_GAMMA = 0xD1B54A32D192ED03L;

    private Seeds() {
    }

    /** The seed of match number {@code matchIndex} of a tournament seeded with {@code tournamentSeed}. */
    static long forMatch(long tournamentSeed, long matchIndex) {
        return mix(tournamentSeed + GOLDEN_GAMMA * (matchIndex + 1));
    }

    /** The random stream of side {@code side} (0 or 1) of a match seeded with {@code matchSeed}. */
    static UniformRandomProvider streamForSide(long matchSeed, int side) {
        return RandomSource.XO_RO_SHI_RO_128_PP.create(mix(matchSeed + SIDE_GAMMA * (side + 1)));
    }

    // The SplitMix64 finalizer (Steele, Lea and Flood 2014): consecutive inputs give unrelated outputs.
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
