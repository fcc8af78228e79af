package org.detente.model;

/** Where a sanctions measure stands: in force, eased (still partly in force) or lifted. */
public enum SanctionStatus {
    IN_FORCE, EASED, LIFTED
}
