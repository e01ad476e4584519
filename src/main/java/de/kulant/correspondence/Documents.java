package de.kulant.correspondence;

import de.kulant.claims.ClaimId;
import de.kulant.claims.ClaimQueries;
import de.kulant.claims.NoticeId;
import de.kulant.correspondence.internal.DocumentStore;
import de.kulant.dunning.LetterId;
import de.kulant.dunning.Notices;
import de.kulant.platform.CreditorId;
import de.kulant.platform.Ids;
import de.kulant.platform.NotFoundException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The archive of documents sent: stored once with their SHA-256, linked to their claims, served on request. */
@Service
public class Documents {

    private final DocumentStore store;
    private final DocumentArchive archive;
    private final Notices notices;
    private final ClaimQueries claims;
    private final Clock clock;

    Documents(DocumentStore store, DocumentArchive archive, Notices notices, ClaimQueries claims, Clock clock) {
        this.store = store;
        this.archive = archive;
        this.notices = notices;
        this.claims = claims;
        this.clock = clock;
    }

    /** A document with its content. */
    public record Stored(DocumentView document, byte[] content) {
    }

    /** The address a letter was printed with and the invoices it is about, for the print file. */
    public record PrintAddress(String name, String street, String postalCode, String city, String country,
                               List<String> invoiceNumbers) {
    }

    /** A letter as printed, with its address; an e-mail has none ({@code address} null). */
    @Transactional
    public DocumentView archive(CreditorId creditor, LetterId letter, String kind, String mediaType, byte[] content,
                                Integer pages, LocalDate issuedOn, List<ClaimId> claims, PrintAddress address) {
        UUID id = Ids.next();
        String sha = sha256(content);
        String key = archive.store(id + (mediaType.contains("pdf") ? ".pdf" : ".eml"), content);
        DocumentView document = new DocumentView(id, creditor, letter.value(), kind, mediaType, sha, content.length, pages,
                issuedOn, clock.instant());
        store.insert(document, key, claims, address);
        return document;
    }

    /** The newest PDF of a combined letter. */
    public Optional<DocumentView> letterOf(LetterId letter) {
        return store.letterOf(letter.value());
    }

    /** A letter's newest PDF and the claims it is about. */
    public record ArchivedLetter(DocumentView document, Set<ClaimId> claims) {
    }

    /** The newest PDF of each of these combined letters that has one: two queries however many. */
    public Map<LetterId, ArchivedLetter> lettersOf(Collection<LetterId> letterIds) {
        Map<LetterId, ArchivedLetter> letters = new HashMap<>();
        store.lettersOf(letterIds.stream().map(LetterId::value).toList()).forEach((combined, letter) ->
                letters.put(new LetterId(combined), new ArchivedLetter(letter.getKey(), letter.getValue())));
        return letters;
    }

    /** Whether a document of this kind ({@code EMAIL}, {@code LETTER}) of the combined letter was about this claim. */
    public boolean sentAbout(LetterId letter, ClaimId claim, String kind) {
        return store.sentAbout(letter.value(), claim, kind);
    }

    /** {@code creditor} null: staff, any creditor's document. A document whose bytes changed is not served. */
    public Optional<Stored> open(CreditorId creditor, UUID id) {
        return store.find(creditor, id).flatMap(document -> store.storageKey(id).flatMap(archive::read)
                .map(content -> {
                    if (!sha256(content).equals(document.sha256())) {
                        throw new IllegalStateException("archived document " + id + " does not match its SHA-256");
                    }
                    return new Stored(document, content);
                }));
    }

    /** The document of a notice once it went out: its letter, or for a notice sent by e-mail only the e-mail as sent. */
    public Optional<Stored> ofNotice(CreditorId creditor, NoticeId noticeId) {
        return notices.find(creditor, noticeId)
                .flatMap(notice -> store.newestAbout(notice.combinedId().value(), notice.claimId(), "LETTER")
                        .or(() -> store.newestAbout(notice.combinedId().value(), notice.claimId(), "EMAIL")))
                .flatMap(document -> open(creditor, document.id()));
    }

    /** The documents sent about a claim; another creditor's claim is not found. */
    public List<DocumentView> forClaim(CreditorId creditor, ClaimId claim) {
        if (!claims.exists(creditor, claim)) {
            throw new NotFoundException("claim");
        }
        return store.forClaim(creditor, claim);
    }

    /** A letter of the print file: the document and the address it was printed with. */
    public record PrintLetter(DocumentView document, PrintAddress address) {
    }

    public List<PrintLetter> lettersOfDay(CreditorId creditor, LocalDate day) {
        return store.lettersOfDay(creditor, day);
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
