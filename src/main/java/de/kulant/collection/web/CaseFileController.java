package de.kulant.collection.web;

import de.kulant.collection.CaseFiles;
import de.kulant.collection.CaseId;
import de.kulant.collection.PortalAccess;
import de.kulant.collection.PortalCases;
import de.kulant.platform.Caller;
import de.kulant.platform.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The files a debtor sent for a case, for staff and the creditor over the API, always as a download, never shown
 * inline; and a new portal access code when the old one went astray.
 */
@RestController
class CaseFileController {

    /** A file as the API lists it. */
    record FileJson(UUID id, String kind, String fileName, String mediaType, int sizeBytes, String sha256,
                    Instant uploadedAt, String uploadedBy) {

        static FileJson of(CaseFiles.CaseFile f) {
            return new FileJson(f.id(), f.kind(), f.fileName(), f.mediaType(), f.sizeBytes(), f.sha256(),
                    f.uploadedAt(), f.uploadedBy());
        }
    }

    /** The new code and the link that signs in with it. */
    record AccessJson(String accessCode, String portalUrl) {
    }

    private final CaseFiles files;
    private final PortalAccess portal;
    private final PortalCases cases;

    CaseFileController(CaseFiles files, PortalAccess portal, PortalCases cases) {
        this.cases = cases;
        this.files = files;
        this.portal = portal;
    }

    @GetMapping({"/api/v1/cases/{id}/files", "/api/v1/admin/creditors/{creditorId}/cases/{id}/files"})
    @Operation(summary = "Files the debtor sent for the case (evidence, proof of payment), newest first")
    List<FileJson> list(@PathVariable UUID id, Caller caller) {
        return files.ofCase(caller.creditor().orElse(null), new CaseId(id)).stream().map(FileJson::of).toList();
    }

    @GetMapping({"/api/v1/cases/{id}/files/{fileId}", "/api/v1/admin/creditors/{creditorId}/cases/{id}/files/{fileId}"})
    @Operation(summary = "One file the debtor sent, as a download")
    ResponseEntity<byte[]> download(@PathVariable UUID id, @PathVariable UUID fileId, Caller caller) {
        return attachment(files.open(caller.creditor().orElse(null), new CaseId(id), fileId)
                .orElseThrow(() -> new NotFoundException("file")));
    }

    /** A file from outside goes out as a download only: never sniffed, never run, never shown inline. */
    static ResponseEntity<byte[]> attachment(CaseFiles.Stored stored) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(stored.file().mediaType()))
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "default-src 'none'; sandbox")
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(stored.file().fileName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .body(stored.content());
    }

    @PostMapping("/api/v1/cases/{id}/portal-code")
    @Operation(summary = "Staff: replace the case's portal access code; the old one stops working at once")
    AccessJson rotate(@PathVariable UUID id, Caller caller) {
        caller.requireStaff("Only staff replace a portal access code.");
        String code = portal.rotate(new CaseId(id), caller.actor());
        return new AccessJson(code, ServletUriComponentsBuilder.fromCurrentContextPath().path("/portal")
                .queryParam("reference", cases.parties(new CaseId(id)).reference().value())
                .queryParam("code", code).build().toUriString());
    }

}
