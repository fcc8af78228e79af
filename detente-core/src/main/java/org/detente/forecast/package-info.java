/**
 * Forecasts from a reference class and their back-test (docs/forecasting.md).
 *
 * <p>A {@link org.detente.forecast.ForecastCase} is one dyad's definitions, ledger and roadmap;
 * {@link org.detente.forecast.CaseHistory} is what it shows as of a date and as known at a moment:
 * for each goal with a {@link org.detente.roadmap.GoalKind}, the days from the case's trigger to
 * the goal being met, or censored at the end of observation. {@link org.detente.forecast.KaplanMeierEstimator}
 * turns the durations of one kind across the other cases into a survival curve (Kaplan &amp; Meier,
 * 1958: a goal not yet met is right-censored, not dropped); {@link org.detente.forecast.ReferenceClassForecast}
 * conditions that curve on the time the dyad has already waited; {@link org.detente.forecast.BlendedForecast}
 * pools it with the dyad's own calibrated simulation, weighted by the evidence behind each;
 * {@link org.detente.forecast.LeaveOneOutBacktest} asks the whole method, at moments of each case's
 * past, as known then and without that case, and scores the answers against what happened.
 *
 * <p>Costs: the estimator sorts, O(n log n) for n durations; a case history evaluates the roadmap
 * once per distinct entry date, O(D · (V + E)); the blend is linear in goals × horizon months
 * after the simulation it pools (docs/simulation.md).
 */
package org.detente.forecast;
