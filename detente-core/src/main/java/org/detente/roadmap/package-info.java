/**
 * The roadmap: goals on the negotiation tracks, each with a typed, measurable
 * {@link org.detente.roadmap.Criterion} checked against a {@link org.detente.state.RelationsState},
 * and preconditions that form a DAG ({@link org.detente.roadmap.Roadmap}, built and validated once
 * with JGraphT). {@link org.detente.roadmap.RoadmapEvaluator} says, as of a date, which goals are
 * MET, READY or BLOCKED (with their root blockers), which READY goals unlock the most, and the
 * critical path to overall normalization.
 *
 * <p>Complexity: building a roadmap is O(V + E); evaluating one is O(V + E) plus the criteria
 * (each looks up a few items of the state) plus O(E · R / 64) bit operations for the root-blocker
 * sets over R READY goals. The file format is documented in {@code docs/roadmap.md}.
 */
package org.detente.roadmap;
