package de.kulant.legal.web;

import de.kulant.law.LawInputException;
import de.kulant.legal.Calculators;
import de.kulant.legal.CurrentLaw;
import de.kulant.platform.BusinessDates;
import de.kulant.platform.FieldViolation;
import de.kulant.platform.InvalidInputException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The calculator page: default interest with its periods, collection costs with their legal basis. */
@Controller
class CalculatorPage {

    private final Calculators calculators;
    private final CurrentLaw law;
    private final Clock clock;

    CalculatorPage(Calculators calculators, CurrentLaw law, Clock clock) {
        this.calculators = calculators;
        this.law = law;
        this.clock = clock;
    }

    @GetMapping("/calculators")
    String calculators(@RequestParam Map<String, String> params, Model model) {
        String today = BusinessDates.today(clock).toString();
        model.addAttribute("params", params);
        model.addAttribute("today", today);
        List<de.kulant.law.BaseRate> newestFirst = new java.util.ArrayList<>(law.baseRates().rates());
        java.util.Collections.reverse(newestFirst);
        model.addAttribute("baseRates", newestFirst);
        model.addAttribute("provisionalFrom", law.baseRates().provisionalFrom());
        if (params.containsKey("principal")) {
            try {
                model.addAttribute("interest", calculators.defaultInterest(typed(params.get("principal")), params.get("from"),
                        params.get("to"), params.get("debtorKind")));
            } catch (InvalidInputException e) {
                model.addAttribute("interestErrors", e.violations());
            } catch (LawInputException e) {
                model.addAttribute("interestErrors", List.of(FieldViolation.of(e.field(), e.getMessage())));
            }
        }
        if (params.containsKey("claimValue")) {
            try {
                model.addAttribute("costs", calculators.collectionCosts(typed(params.get("claimValue")), params.get("date"),
                        params.get("costDebtorKind"), "true".equals(params.get("promptPayment")),
                        !"false".equals(params.get("creditorDeductsVat")), !"true".equals(params.get("flatFeeNotCharged"))));
            } catch (InvalidInputException e) {
                model.addAttribute("costErrors", e.violations());
            } catch (LawInputException e) {
                model.addAttribute("costErrors", List.of(FieldViolation.of(e.field(), e.getMessage())));
            }
        }
        return "legal/calculators";
    }

    /** An amount as the person typed it ("1.234,56" in German) in the calculators' form; left as typed when it is none. */
    private static String typed(String text) {
        boolean german = !"en".equals(org.springframework.context.i18n.LocaleContextHolder.getLocale().getLanguage());
        return de.kulant.platform.money.Amounts.parse(text, german).map(java.math.BigDecimal::toPlainString).orElse(text);
    }
}
