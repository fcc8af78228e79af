package org.detente.bench;

import org.detente.state.Projector;

/**
 * Measures the heap a loaded ledger holds (its entries plus the projector's index and snapshots):
 * heap in use after a full collection, with and without the ledger reachable.
 */
public final class LedgerMemory {
    private LedgerMemory() {
    }

    public static void main(String[] args) throws InterruptedException {
        int size = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        long before = usedAfterGc();
        SyntheticLedger ledger = SyntheticLedger.generate(50, size, 42);
        Projector projector = Projector.of(ledger.definition(), ledger.entries());
        long after = usedAfterGc();
        System.out.printf("entries=%d heldBytes=%d (%.0f MiB, %.0f bytes/entry) snapshotsProbe=%s%n", size,
                after - before, (after - before) / 1048576.0, (after - before) / (double) size,
                projector.stateAsOf(SyntheticLedger.FIRST_DAY.plusDays(5000)).entriesApplied());
    }

    private static long usedAfterGc() throws InterruptedException {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
