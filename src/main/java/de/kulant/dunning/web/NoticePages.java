package de.kulant.dunning.web;

import de.kulant.claims.ClaimAsOf;
import de.kulant.claims.ClaimId;
import de.kulant.claims.ClaimQueries;
import de.kulant.claims.ClaimView;
import de.kulant.creditors.Creditor;
import de.kulant.creditors.CreditorChoices;
import de.kulant.dunning.NoticeFilter;
import de.kulant.dunning.NoticePage;
import de.kulant.dunning.Notices;
import de.kulant.platform.BusinessDates;
import de.kulant.platform.CreditorId;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/** The notices page: every notice across claims, newest first, by creditor, level and period, paged by keyset. */
@Controller
class NoticePages {

    static final int PAGE_SIZE = 50;

    private final Notices notices;
    private final ClaimQueries claims;
    private final CreditorChoices choices;
    private final Clock clock;

    NoticePages(Notices notices, ClaimQueries claims, CreditorChoices choices, Clock clock) {
        this.choices = choices;
        this.notices = notices;
        this.claims = claims;
        this.clock = clock;
    }

    @GetMapping("/dunning/notices")
    String list(@RequestParam(required = false) String creditor, @RequestParam(required = false) Integer level,
                @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                @RequestParam(required = false) String after, @RequestParam(required = false) String creditorSearch,
                Model model) {
        CreditorId scope = read(creditor, CreditorId::of);
        LocalDate issuedFrom = read(from, LocalDate::parse);
        LocalDate issuedTo = read(to, LocalDate::parse);
        Integer wantedLevel = level == null || level < 1 || level > 6 ? null : level;
        NoticePage page = notices.page(new NoticeFilter(scope, wantedLevel, issuedFrom, issuedTo), after, PAGE_SIZE);
        LocalDate today = BusinessDates.today(clock);
        Map<ClaimId, ClaimView> claimOf = claims.findAll(page.items().stream()
                        .map(n -> new ClaimAsOf(n.claimId(), n.creditorId(), today)).distinct().toList())
                .values().stream().collect(Collectors.toMap(ClaimView::id, Function.identity()));
        CreditorChoices.Choice choice = choices.of(creditor, creditorSearch);
        List<Creditor> all = choice.options();
        model.addAttribute("creditorChoice", choice);
        UriComponentsBuilder query = UriComponentsBuilder.fromPath("/dunning/notices")
                .queryParamIfPresent("creditor", java.util.Optional.ofNullable(scope))
                .queryParamIfPresent("level", java.util.Optional.ofNullable(wantedLevel))
                .queryParamIfPresent("from", java.util.Optional.ofNullable(issuedFrom))
                .queryParamIfPresent("to", java.util.Optional.ofNullable(issuedTo));
        model.addAttribute("page", page);
        model.addAttribute("claimOf", claimOf);
        model.addAttribute("creditors", all);
        model.addAttribute("creditorNames", choices.allNames());
        model.addAttribute("selectedCreditor", scope);
        model.addAttribute("level", wantedLevel);
        model.addAttribute("from", issuedFrom);
        model.addAttribute("to", issuedTo);
        model.addAttribute("levels", List.of(1, 2, 3, 4, 5, 6));
        model.addAttribute("firstLink", after == null ? null : query.cloneBuilder().build().toUriString());
        model.addAttribute("nextLink", page.next() == null ? null
                : query.cloneBuilder().queryParam("after", page.next()).build().toUriString());
        return "dunning/notice-list";
    }

    private static <T> T read(String value, Function<String, T> parser) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return parser.apply(value.strip());
        } catch (RuntimeException unreadable) {
            return null;
        }
    }
}
