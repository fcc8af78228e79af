/**
 * Synthetic GDELT 2.0 event files of any size with planted reciprocal pairs, so that scale and
 * correctness can be tested without the real archive.
 */
package org.detente.events.synthetic;
