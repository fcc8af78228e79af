/**
 * Reading event files: GDELT 1.0 (57 and 58 columns), GDELT 2.0 (61 columns), tab-separated,
 * plain or zipped, and ICEWS tab files with their header. A file's layout is recognised from its
 * first line and a file of another layout is rejected whole; a malformed row is counted and
 * reported with its file and line, never fatal.
 */
package org.detente.events.ingest;
