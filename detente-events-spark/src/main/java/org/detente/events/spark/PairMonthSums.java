package org.detente.events.spark;

import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.util.Arrays;

/**
 * Events and Goldstein tenths summed by actor, target and month, in a hash table of primitive
 * arrays (open addressing, linear probing) so that adding an event allocates nothing. Actor and
 * target are state numbers below 2^20, months below 2^23 (year 699,050): one {@code long} key each.
 * The table doubles when half full. A task sends its sums through Spark's shuffle {@link #pack packed}
 * into a few arrays rather than as one record per pair-month; the tables that merge them are
 * serializable (as their occupied entries) for when Spark spills them. Not thread-safe.
 */
final class PairMonthSums implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final int STATE_BITS = 20;
    private static final int MONTH_BITS = 23;
    private static final long EMPTY = -1;
    private static final int INITIAL_CAPACITY = 1 << 10;

    private transient long[] keys;
    private transient long[] events;
    private transient long[] tenths;
    private transient int size;

    PairMonthSums() {
        allocate(INITIAL_CAPACITY);
    }

    /** Adds one event of {@code actor} towards {@code target} in month {@code month} of weight {@code goldsteinTenths}. */
    void add(int actor, int target, int month, long goldsteinTenths) {
        add(key(actor, target, month), 1, goldsteinTenths);
    }

    /** Adds every pair-month of {@code other} to this one's. */
    void addAll(PairMonthSums other) {
        for (int i = 0; i < other.keys.length; i++) {
            if (other.keys[i] != EMPTY) {
                add(other.keys[i], other.events[i], other.tenths[i]);
            }
        }
    }

    /**
     * Adds the pair-months of {@link #pack packed} entries: key, events and tenths of each in turn.
     */
    void addPacked(long[] entries) {
        if (entries.length % 3 != 0) {
            throw new IllegalArgumentException("packed entries come in threes, got " + entries.length + " numbers");
        }
        for (int i = 0; i < entries.length; i += 3) {
            add(entries[i], entries[i + 1], entries[i + 2]);
        }
    }

    /**
     * These sums in {@code parts} arrays by a hash of the unordered pair, so that each array can go
     * to the shuffle partition of its number and every month of both directions of a pair meets in
     * one partition; each array holds the key, events and tenths of its pair-months in turn, a
     * record Spark serializes in bulk.
     */
    long[][] pack(int parts) {
        int[] counts = new int[parts];
        for (long key : keys) {
            if (key != EMPTY) {
                counts[part(key, parts)]++;
            }
        }
        long[][] packed = new long[parts][];
        for (int p = 0; p < parts; p++) {
            packed[p] = new long[counts[p] * 3];
        }
        int[] next = new int[parts];
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != EMPTY) {
                int p = part(keys[i], parts);
                packed[p][next[p]++] = keys[i];
                packed[p][next[p]++] = events[i];
                packed[p][next[p]++] = tenths[i];
            }
        }
        return packed;
    }

    /** Empties the table, keeping its arrays: a task thread reuses one table from task to task. */
    void clear() {
        Arrays.fill(keys, EMPTY);
        size = 0;
    }

    /** The part of a pair-month's key: that of its unordered pair, whichever way it goes. */
    private static int part(long key, int parts) {
        int actor = (int) (key >>> (STATE_BITS + MONTH_BITS));
        int target = (int) (key >>> MONTH_BITS) & ((1 << STATE_BITS) - 1);
        long pair = ((long) Math.min(actor, target) << STATE_BITS) | Math.max(actor, target);
        return Math.floorMod(Long.hashCode(pair * 0xC2B2AE3D27D4EB4FL), parts);
    }

    /** Receives one pair-month's sums. */
    interface Visitor {
        void accept(int actor, int target, int month, long events, long goldsteinTenths);
    }

    /** Gives every pair-month's sums, in no particular order. */
    void forEach(Visitor visitor) {
        for (int i = 0; i < keys.length; i++) {
            long key = keys[i];
            if (key != EMPTY) {
                visitor.accept((int) (key >>> (STATE_BITS + MONTH_BITS)), (int) (key >>> MONTH_BITS) & ((1 << STATE_BITS) - 1),
                        (int) key & ((1 << MONTH_BITS) - 1), events[i], tenths[i]);
            }
        }
    }

    /** How many pair-months have events. */
    int size() {
        return size;
    }

    private static long key(int actor, int target, int month) {
        if (actor < 0 || actor >= 1 << STATE_BITS || target < 0 || target >= 1 << STATE_BITS
                || month < 0 || month >= 1 << MONTH_BITS) {
            throw new IllegalArgumentException("pair-month out of range: " + actor + ", " + target + ", " + month);
        }
        return ((long) actor << (STATE_BITS + MONTH_BITS)) | ((long) target << MONTH_BITS) | month;
    }

    private void add(long key, long eventCount, long goldsteinTenths) {
        int slot = slot(key);
        if (keys[slot] == EMPTY) {
            keys[slot] = key;
            events[slot] = 0;
            tenths[slot] = 0;
            if (++size > keys.length / 2) {
                grow();
                slot = slot(key);
            }
        }
        events[slot] += eventCount;
        tenths[slot] += goldsteinTenths;
    }

    /** The key's slot: its own, or the first empty one after it. */
    private int slot(long key) {
        int mask = keys.length - 1;
        long hash = key * 0x9E3779B97F4A7C15L;
        int slot = (int) (hash ^ (hash >>> 32)) & mask;
        while (keys[slot] != EMPTY && keys[slot] != key) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private void allocate(int capacity) {
        keys = new long[capacity];
        events = new long[capacity];
        tenths = new long[capacity];
        Arrays.fill(keys, EMPTY);
        size = 0;
    }

    private void grow() {
        long[] oldKeys = keys;
        long[] oldEvents = events;
        long[] oldTenths = tenths;
        int oldSize = size;
        allocate(oldKeys.length * 2);
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != EMPTY) {
                int slot = slot(oldKeys[i]);
                keys[slot] = oldKeys[i];
                events[slot] = oldEvents[i];
                tenths[slot] = oldTenths[i];
            }
        }
        size = oldSize;
    }

    private void writeObject(ObjectOutputStream out) throws IOException {
        out.defaultWriteObject();
        long[] entries = new long[size * 3];
        int n = 0;
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != EMPTY) {
                entries[n++] = keys[i];
                entries[n++] = events[i];
                entries[n++] = tenths[i];
            }
        }
        out.writeObject(entries);
    }

    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
        in.defaultReadObject();
        long[] entries = (long[]) in.readObject();
        int capacity = INITIAL_CAPACITY;
        while (capacity / 2 < entries.length / 3 + 1) {
            capacity *= 2;
        }
        allocate(capacity);
        addPacked(entries);
    }
}
