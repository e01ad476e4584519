package de.kulant.dunning;

/** The template set a notice is written in. */
public enum Tone {
    FRIENDLY, NEUTRAL, FIRM
}
