package org.detente.store.jdbc;

import java.util.concurrent.atomic.AtomicInteger;

/** The storage contract on the embedded H2 file database. */
class H2StorageTest extends StorageSuite {
    private final AtomicInteger databases = new AtomicInteger();

    @Override
    DatabaseConfig freshDatabase() {
        return DatabaseConfig.h2(files.resolve("data-" + databases.incrementAndGet()));
    }
}
