package de.kulant.law;

import de.kulant.platform.money.Money;
import java.io.Serializable;

/** One line of an itemized cost statement, labelled in German and English, with its legal basis. */
public record CostLine(String code, String labelDe, String labelEn, Money amount, String basis) implements Serializable {
}
