package de.kulant.collection;

import de.kulant.collection.internal.CaseStore;
import de.kulant.collection.internal.CaseStore.CaseRow;
import de.kulant.platform.Actor;
import de.kulant.platform.BusinessDates;
import de.kulant.platform.ConflictException;
import de.kulant.platform.InputCheck;
import de.kulant.platform.NotFoundException;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A reminder a case worker writes from the case page: previewed first, in German or English, friendly, neutral or
 * firm (never threatening more than the creditor may lawfully do), on paper or by e-mail.
 */
@Service
public class CaseCorrespondence {

    private static final Set<String> LANGUAGES = Set.of("de", "en");
    private static final Set<String> CHANNELS = Set.of("LETTER", "EMAIL");
    private static final Set<String> TONES = Set.of("FRIENDLY", "NEUTRAL", "FIRM");

    private final CaseStore cases;
    private final FirstLetters letters;
    private final CasePriorities priorities;
    private final Clock clock;

    CaseCorrespondence(CaseStore cases, FirstLetters letters, CasePriorities priorities, Clock clock) {
        this.cases = cases;
        this.letters = letters;
        this.priorities = priorities;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public byte[] preview(CaseId id, String language, String tone) {
        InputCheck check = new InputCheck();
        String lang = language(language, check);
        String kind = kind(tone, check);
        check.throwIfInvalid();
        return letters.preview(open(id), BusinessDates.today(clock), lang, kind);
    }

    @Transactional
    public void send(CaseId id, String language, String channel, String tone, Actor actor) {
        InputCheck check = new InputCheck();
        String lang = language(language, check);
        String kind = kind(tone, check);
        String how = channel == null || channel.isBlank() ? "LETTER" : channel.strip().toUpperCase(Locale.ROOT);
        if (!CHANNELS.contains(how)) {
            check.violation("channel", "unknownValue", "must be LETTER or EMAIL", channel);
        }
        check.throwIfInvalid();
        CaseRow row = open(id);
        letters.send(row, BusinessDates.today(clock), lang, kind, how.equals("EMAIL"), actor);
        cases.mark(CaseStore.Mark.MESSAGE_WAITING, List.of(id), null);
        priorities.refresh(id);
    }

    /** The letter kind of a tone: the neutral reminder is the strategy's own. */
    private static String kind(String tone, InputCheck check) {
        String t = tone == null || tone.isBlank() ? "NEUTRAL" : tone.strip().toUpperCase(Locale.ROOT);
        if (!TONES.contains(t)) {
            check.violation("tone", "unknownValue", "must be FRIENDLY, NEUTRAL or FIRM", tone);
            return null;
        }
        return t.equals("NEUTRAL") ? "REMINDER" : "REMINDER_" + t;
    }

    private CaseRow open(CaseId id) {
        CaseRow row = cases.find(null, id).orElseThrow(() -> new NotFoundException("case"));
        if (row.status() == CaseStatus.CLOSED) {
            throw ConflictException.coded("caseClosed", "The case is closed already.");
        }
        return row;
    }

    private static String language(String language, InputCheck check) {
        if (language == null || language.isBlank()) {
            return null;
        }
        String lang = language.strip().toLowerCase(Locale.ROOT);
        if (!LANGUAGES.contains(lang)) {
            check.violation("language", "unknownValue", "must be de or en", language);
            check.throwIfInvalid();
        }
        return lang;
    }
}
