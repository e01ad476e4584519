package de.kulant.dunning;

/** How a notice reaches the debtor. */
public enum Channel {
    EMAIL, LETTER, EMAIL_AND_LETTER;

    public boolean includesLetter() {
        return this != EMAIL;
    }

    public boolean includesEmail() {
        return this != LETTER;
    }

    /** What a combined notice needs when claims of one debtor come with different channels. */
    public Channel union(Channel other) {
        boolean letter = includesLetter() || other.includesLetter();
        boolean email = includesEmail() || other.includesEmail();
        return letter && email ? EMAIL_AND_LETTER : letter ? LETTER : EMAIL;
    }
}
