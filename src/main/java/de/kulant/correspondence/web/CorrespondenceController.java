package de.kulant.correspondence.web;

import de.kulant.claims.ClaimId;
import de.kulant.claims.NoticeId;
import de.kulant.correspondence.Correspondence;
import de.kulant.correspondence.DispatchView;
import de.kulant.correspondence.DocumentView;
import de.kulant.correspondence.Documents;
import de.kulant.correspondence.Letterhead;
import de.kulant.correspondence.PrintExports;
import de.kulant.platform.Caller;
import de.kulant.platform.CreditorId;
import de.kulant.platform.ForbiddenException;
import de.kulant.platform.InputCheck;
import de.kulant.platform.InvalidInputException;
import de.kulant.platform.ListOrder;
import de.kulant.platform.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Documents, dispatches, print exports, the letterhead and letter previews. */
@RestController
@Tag(name = "Correspondence")
class CorrespondenceController {

    private final Documents documents;
    private final Correspondence correspondence;
    private final PrintExports printExports;

    CorrespondenceController(Documents documents, Correspondence correspondence, PrintExports printExports) {
        this.documents = documents;
        this.correspondence = correspondence;
        this.printExports = printExports;
    }

    record LetterheadJson(String senderLine, String contactPerson, String phone, String email, String signature,
                          String logoPngBase64, Map<Integer, String> freeTexts) {
        static LetterheadJson of(Letterhead l) {
            return new LetterheadJson(l.senderLine(), l.contactPerson(), l.phone(), l.email(), l.signature(),
                    l.logoPng() == null ? null : Base64.getEncoder().encodeToString(l.logoPng()), l.freeTexts());
        }
    }

    record BounceRequest(String detail) {
    }

    @GetMapping({"/api/v1/documents/{id}", "/api/v1/admin/creditors/{creditorId}/documents/{id}"})
    @Operation(summary = "A sent document (letter PDF or e-mail) from the archive")
    ResponseEntity<byte[]> document(@PathVariable UUID id, Caller caller) {
        return serve(documents.open(caller.requireCreditor(), id).orElseThrow(() -> new NotFoundException("document")));
    }

    @GetMapping({"/api/v1/notices/{id}/document", "/api/v1/admin/creditors/{creditorId}/notices/{id}/document"})
    @Operation(summary = "The letter (PDF) of a notice, once it has been written")
    ResponseEntity<byte[]> noticeDocument(@PathVariable UUID id, Caller caller) {
        return serve(documents.ofNotice(caller.requireCreditor(), new NoticeId(id))
                .orElseThrow(() -> new NotFoundException("letter of this notice (not written yet, or no such notice)")));
    }

    @GetMapping({"/api/v1/claims/{claimId}/documents", "/api/v1/admin/creditors/{creditorId}/claims/{claimId}/documents"})
    @Operation(summary = "The documents sent for a claim")
    List<DocumentView> claimDocuments(@PathVariable UUID claimId, Caller caller) {
        return documents.forClaim(caller.requireCreditor(), new ClaimId(claimId));
    }

    @GetMapping({"/api/v1/print-exports/{date}", "/api/v1/admin/creditors/{creditorId}/print-exports/{date}"})
    @Operation(summary = "The letters of a day as a ZIP (one PDF each, manifest.csv) for a print-and-mail service")
    void printExport(@PathVariable String date, Caller caller, HttpServletResponse response) throws IOException {
        InputCheck check = new InputCheck();
        LocalDate day = check.date("date", date, true);
        check.throwIfInvalid();
        CreditorId scope = scope(caller);
        response.setContentType("application/zip");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename("letters-" + day + ".zip").build().toString());
        printExports.write(scope, day, response.getOutputStream());
    }

    @GetMapping({"/api/v1/dispatches", "/api/v1/admin/creditors/{creditorId}/dispatches"})
    @Operation(summary = "Letters and e-mails on their way, newest first; filter by status; sort by issuedOn or attempts "
            + "(a leading '-' for descending). Pages of size (default "
            + "200, at most 1000) by keyset: a further page is announced in the Link header (rel=\"next\") with its "
            + "after cursor")
    List<DispatchView> dispatches(@RequestParam(required = false) String status,
                                  @RequestParam(required = false) String after,
                                  @RequestParam(required = false) String sort,
                                  @RequestParam(required = false) Integer size, Caller caller,
                                  jakarta.servlet.http.HttpServletRequest request, HttpServletResponse response) {
        int limit = size == null || size < 1 ? 200 : Math.min(size, 1000);
        InputCheck check = new InputCheck();
        ListOrder order = Correspondence.listOrder().checked(check, sort);
        check.throwIfInvalid();
        Correspondence.DispatchPage page = correspondence.page(scopeOrAll(caller), status(status), order, after, limit);
        if (page.next() != null) {
            String next = org.springframework.web.servlet.support.ServletUriComponentsBuilder.fromRequest(request)
                    .replaceQueryParam("after", page.next()).build().toUriString();
            response.setHeader(HttpHeaders.LINK, "<" + next + ">; rel=\"next\"");
        }
        return page.items();
    }

    @GetMapping({"/api/v1/dispatches/{id}", "/api/v1/admin/creditors/{creditorId}/dispatches/{id}"})
    @Operation(summary = "One dispatch with its delivery log")
    DispatchView dispatch(@PathVariable UUID id, Caller caller) {
        return correspondence.dispatch(scopeOrAll(caller), id);
    }

    @PostMapping({"/api/v1/dispatches/{id}/bounce", "/api/v1/admin/creditors/{creditorId}/dispatches/{id}/bounce"})
    @Operation(summary = "Report a hard bounce of an e-mail; the notice goes out as a letter instead")
    DispatchView bounce(@PathVariable UUID id, @RequestBody(required = false) BounceRequest request, Caller caller) {
        return correspondence.bounce(scopeOrAll(caller), id, request == null ? null : request.detail(), caller.actor());
    }

    @PostMapping({"/api/v1/dispatches/{id}/retry", "/api/v1/admin/creditors/{creditorId}/dispatches/{id}/retry"})
    @Operation(summary = "Send a failed or uncertain dispatch again")
    DispatchView retry(@PathVariable UUID id, Caller caller) {
        return correspondence.retry(scopeOrAll(caller), id, caller.actor());
    }

    @GetMapping({"/api/v1/letterhead", "/api/v1/admin/creditors/{creditorId}/letterhead"})
    @Operation(summary = "The creditor's letterhead: sender line, contact, signature, logo, free text per level")
    LetterheadJson letterhead(Caller caller) {
        return LetterheadJson.of(correspondence.letterhead(caller.requireCreditor()));
    }

    @PutMapping({"/api/v1/letterhead", "/api/v1/admin/creditors/{creditorId}/letterhead"})
    @Operation(summary = "Change the letterhead; the legally required content of letters stays")
    LetterheadJson saveLetterhead(@RequestBody LetterheadJson request, Caller caller) {
        byte[] logo;
        try {
            logo = request.logoPngBase64() == null || request.logoPngBase64().isBlank() ? null
                    : Base64.getDecoder().decode(request.logoPngBase64().strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("logoPngBase64", "is not Base64");
        }
        return LetterheadJson.of(correspondence.saveLetterhead(caller.requireCreditor(), new Letterhead(
                request.senderLine(), request.contactPerson(), request.phone(), request.email(), request.signature(), logo,
                request.freeTexts()), caller.actor()));
    }

    @GetMapping({"/api/v1/letters/preview", "/api/v1/admin/creditors/{creditorId}/letters/preview"})
    @Operation(summary = "Preview the letter of a claim at a level as the creditor's dunning policy would write it today "
            + "(level name, fee, handover announcement, pay-by date); tone and language may be chosen, else the policy's "
            + "and the debtor's (PDF, nothing stored)")
    ResponseEntity<byte[]> preview(@RequestParam UUID claimId, @RequestParam(defaultValue = "1") int level,
                                   @RequestParam(required = false) String tone,
                                   @RequestParam(required = false) String language, Caller caller) {
        byte[] pdf = correspondence.preview(caller.requireCreditor(), new ClaimId(claimId), level, Tones.of(tone),
                language);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF).body(pdf);
    }

    static ResponseEntity<byte[]> serve(Documents.Stored stored) {
        DocumentView document = stored.document();
        String name = document.id() + ("application/pdf".equals(document.mediaType()) ? ".pdf" : ".eml");
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(document.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(name).build().toString())
                .header("X-Content-SHA256", document.sha256())
                .body(stored.content());
    }

    private static CreditorId scope(Caller caller) {
        if (caller.creditor().isPresent()) {
            return caller.creditor().get();
        }
        if (!caller.isAdmin()) {
            throw new ForbiddenException("Only admins see all creditors' letters.");
        }
        return null;
    }

    private static CreditorId scopeOrAll(Caller caller) {
        return caller.creditor().orElse(null);
    }

    private static DispatchView.Status status(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return DispatchView.Status.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("status", "unknown status '" + value + "'");
        }
    }

    /** The tones a preview may use. */
    static final class Tones {
        /** The tone asked for, or null (the policy's) when none is given. */
        static de.kulant.dunning.Tone of(String tone) {
            if (tone == null || tone.isBlank()) {
                return null;
            }
            try {
                return de.kulant.dunning.Tone.valueOf(tone.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException(List.of(de.kulant.platform.FieldViolation.coded("tone", "unknownValue",
                        "unknown tone '" + tone + "' (FRIENDLY, NEUTRAL, FIRM)", tone)));
            }
        }
    }
}
