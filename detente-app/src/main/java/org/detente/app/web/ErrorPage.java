package org.detente.app.web;

/** A page that could not be shown: the status and what to tell the reader. */
public record ErrorPage(int status, String message, String csrf) {
}
