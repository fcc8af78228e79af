/**
 * The escalation simulator: an iterated prisoner's dilemma in which two sides answer each other
 * round after round with a conciliatory step ({@link org.detente.simulation.Move#COOPERATE}) or a
 * punitive one ({@link org.detente.simulation.Move#DEFECT}).
 *
 * <h2>Shape</h2>
 * <ul>
 *   <li>{@link org.detente.simulation.Strategy} names a way of playing and makes a fresh
 *       {@link org.detente.simulation.Player} (the per-match memory) for every match;
 *       {@link org.detente.simulation.Strategies} is the registry that turns a CLI name such as
 *       {@code random(0.3)} into a strategy.</li>
 *   <li>{@link org.detente.simulation.Match} and {@link org.detente.simulation.Tournament} are
 *       algorithms as objects: built from their inputs, validated at construction, answering
 *       {@code play()} with a result record ({@link org.detente.simulation.MatchResult},
 *       {@link org.detente.simulation.TournamentResult}).</li>
 *   <li>{@link org.detente.simulation.MatchRules} bundles the number of turns, the
 *       {@link org.detente.simulation.PayoffMatrix} and the noise (the probability that a move is
 *       misexecuted, i.e. flipped).</li>
 * </ul>
 *
 * <h2>Determinism</h2>
 * Every random draw comes from a {@code UniformRandomProvider} (Commons RNG,
 * XO_RO_SHI_RO_128_PP) seeded from the match seed; each side of a match has its own stream, used
 * first for its strategy's draws and then for the noise on its move. A match is therefore a pure
 * function of (strategies, rules, seed), and a side's random choices do not depend on how much
 * randomness the other side consumes. A tournament derives the seed of each match from its own
 * seed and the match index (repetition and pair), so running the matches in parallel gives the
 * same result as running them in order.
 *
 * <h2>Cost</h2>
 * A match of {@code n} turns takes O(n) time and 2n bytes of memory (the moves of each side, kept
 * as bytes; the {@link org.detente.simulation.History} a player sees is a view over those arrays).
 * The loop allocates nothing per move. A round robin of {@code k} entrants plays
 * {@code k(k-1)/2} matches per repetition.
 *
 * <h2>Sources</h2>
 * R. Axelrod, <i>The Evolution of Cooperation</i> (1984) for the game, the standard payoffs
 * (R, S, T, P = 3, 0, 5, 1) and tit-for-tat; M. Nowak and K. Sigmund, "Tit for tat in heterogeneous
 * populations", Nature 355 (1992) for generous tit-for-tat; M. Nowak and K. Sigmund, "A strategy of
 * win-stay, lose-shift that outperforms tit-for-tat", Nature 364 (1993) for Pavlov; C. E. Osgood,
 * <i>An Alternative to War or Surrender</i> (1962) for GRIT.
 */
package org.detente.simulation;
