package org.detente.model;

/** The classes of visa a consular service issues: for immigrants, for everyone else, or both. */
public enum VisaClass {
    IMMIGRANT, NONIMMIGRANT, ALL
}
