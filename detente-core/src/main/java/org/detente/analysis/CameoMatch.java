package org.detente.analysis;

/**
 * How closely a measure type corresponds to a CAMEO event code: the code describes the same act
 * ({@code EXACT}), the closest code describes a broader or neighbouring act ({@code NEAREST}), or
 * no CAMEO code fits because the entry is not an act of one state towards the other
 * ({@code NONE}: observations, corrections, external conditions), and the weight is 0.
 */
public enum CameoMatch {
    EXACT, NEAREST, NONE
}
