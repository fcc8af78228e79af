/**
 * Datasets: a folder per dyad of human-edited YAML (definitions, ledger entries, roadmap and
 * consular parameters), read and validated as a whole, and the datasets bundled with détente.
 */
package org.detente.store.dataset;
