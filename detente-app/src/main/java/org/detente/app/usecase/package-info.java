/**
 * The use cases: one class per answer a face can ask for (roadmap, gaps, reciprocity, pace,
 * scenario, forecast, briefing), each with one public method taking a {@link
 * org.detente.app.usecase.Question}. They reach the ledger only through a view as known at the
 * question's moment, and hold no domain rule (those are in the core) and no words for people
 * (those are the faces').
 */
package org.detente.app.usecase;
