package de.kulant.dunning.web;

import de.kulant.claims.ClaimAsOf;
import de.kulant.claims.ClaimId;
import de.kulant.claims.ClaimQueries;
import de.kulant.claims.ClaimView;
import de.kulant.creditors.CreditorChoices;
import de.kulant.dunning.NoticeFilter;
import de.kulant.dunning.NoticePage;
import de.kulant.dunning.NoticeView;
import de.kulant.dunning.Notices;
import de.kulant.platform.BusinessDates;
import de.kulant.platform.web.SortLinks;
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

    @GetMapping(NoticeListQuery.PATH)
    String list(@RequestParam(required = false) String creditor, @RequestParam(required = false) Integer level,
                @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                @RequestParam(required = false) String after, @RequestParam(required = false) String sort,
                @RequestParam(required = false) String creditorSearch, Model model) {
        NoticeListQuery query = NoticeListQuery.of(creditor, level, from, to, sort);
        NoticeFilter filter = query.filter();
        NoticePage page = notices.page(filter, query.order(), after, PAGE_SIZE);
        CreditorChoices.Choice choice = choices.of(creditor, creditorSearch);
        SortLinks sorting = query.sorting();
        UriComponentsBuilder link = sorting.query(NoticeListQuery.PATH);
        model.addAttribute("creditorChoice", choice);
        model.addAttribute("sorting", sorting);
        model.addAttribute("exportQuery", link.cloneBuilder().build().getQuery());
        model.addAttribute("page", page);
        model.addAttribute("claimOf", claimsOf(page.items()));
        model.addAttribute("creditors", choice.options());
        model.addAttribute("creditorNames", choices.allNames());
        model.addAttribute("selectedCreditor", filter.creditor());
        model.addAttribute("level", filter.level());
        model.addAttribute("from", filter.issuedFrom());
        model.addAttribute("to", filter.issuedTo());
        model.addAttribute("levels", List.of(1, 2, 3, 4, 5, 6));
        model.addAttribute("firstLink", after == null ? null : link.cloneBuilder().build().toUriString());
        model.addAttribute("nextLink", page.next() == null ? null
                : link.cloneBuilder().queryParam("after", page.next()).build().toUriString());
        return "dunning/notice-list";
    }

    /** The claims of a page of notices, read at once, for their invoice numbers and debtors. */
    Map<ClaimId, ClaimView> claimsOf(List<NoticeView> page) {
        LocalDate today = BusinessDates.today(clock);
        return claims.findAll(page.stream().map(n -> new ClaimAsOf(n.claimId(), n.creditorId(), today)).distinct()
                        .toList())
                .values().stream().collect(Collectors.toMap(ClaimView::id, Function.identity()));
    }
}
