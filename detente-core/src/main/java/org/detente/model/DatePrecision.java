package org.detente.model;

/** How precisely a historical date is known. */
public enum DatePrecision {
    DAY, MONTH, YEAR
}
