/**
 * News event data (GDELT 1.0 and 2.0, ICEWS) for détente: reading the files ({@code ingest}), the
 * CAMEO codes and their Goldstein weights and the country codes ({@code cameo}), the embedded
 * columnar store ({@code store}, DuckDB), monthly signals of a dyad ({@code signals}), suggested
 * ledger entries ({@code suggest}) and the all-dyads reciprocity scan ({@code reciprocity}).
 * Depends on detente-core only (and DuckDB). The generator of synthetic GDELT files its tests use
 * is in the test kit ({@code org.detente.testkit.gdelt}).
 * {@code docs/events.md} documents formats, rules and methods.
 */
package org.detente.events;
