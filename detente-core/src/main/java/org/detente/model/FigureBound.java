package org.detente.model;

/** How a source gives a figure: exactly, about, at most ("fewer than"), or at least ("just over"). */
public enum FigureBound {
    EXACT, ABOUT, AT_MOST, AT_LEAST
}
