package de.kulant.law;

import de.kulant.platform.money.Money;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/** The maximum collection costs chargeable, itemized; {@code table} names the RVG version applied. */
public record CollectionCostResult(BigDecimal factor, Money oneFee, Money fee, Money flatRate, Money vat,
                                   Money offset, Money total, List<CostLine> lines, String table) implements Serializable {
}
