package org.detente.app.web;

/** The sign-in form: where to go afterwards, and the message when the token was refused. */
public record SignInPage(Frame frame, String next, String error) {
}
