/**
 * Synthetic GDELT 2.0 event files of any size with planted reciprocal pairs, so that scale and
 * correctness can be tested without the real archive: the tests of detente-events and
 * detente-events-spark, and the events benchmark ({@code bench/events.sh}, which runs from the test
 * class path), use them; no production code does (docs/decisions/0012-test-kit.md).
 */
package org.detente.testkit.gdelt;
