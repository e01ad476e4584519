package de.kulant.collection.web;

import de.kulant.collection.DirectDebits;
import de.kulant.collection.internal.DirectDebitStore.FileRow;
import de.kulant.platform.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Staff: the SEPA direct debit files (pain.008.001.08) of plans' rates, to hand to the agency's bank. */
@RestController
@Tag(name = "Collection")
class DirectDebitController {

    private static final String ONLY_STAFF = "only staff make direct debit files";

    private final DirectDebits debits;

    DirectDebitController(DirectDebits debits) {
        this.debits = debits;
    }

    record FileRequest(String collectionDate) {
    }

    record FileJson(UUID id, LocalDate collectionDate, String messageId, int count, String sum, Instant createdAt,
                    String createdBy, String document) {
        static FileJson of(FileRow f) {
            return new FileJson(f.id(), f.collectionDate(), f.messageId(), f.rates(), f.total().toPlainString(),
                    f.createdAt(), f.createdBy(), "/api/v1/direct-debit-files/" + f.id() + "/document");
        }
    }

    @PostMapping("/api/v1/direct-debit-files")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Staff: the pain.008.001.08 file of every open rate paid by direct debit due by "
            + "collectionDate, which must be a TARGET business day at least one such day ahead (D-1)")
    FileJson create(@RequestBody(required = false) FileRequest request, Caller caller) {
        caller.requireStaff(ONLY_STAFF);
        return FileJson.of(debits.create(request == null ? null : request.collectionDate(), caller.actor()));
    }

    @GetMapping("/api/v1/direct-debit-files")
    @Operation(summary = "Staff: the newest direct debit files (at most 100)")
    List<FileJson> list(Caller caller) {
        caller.requireStaff(ONLY_STAFF);
        return debits.recent(100).stream().map(FileJson::of).toList();
    }

    @GetMapping("/api/v1/direct-debit-files/{id}")
    @Operation(summary = "Staff: one direct debit file's figures")
    FileJson get(@PathVariable UUID id, Caller caller) {
        caller.requireStaff(ONLY_STAFF);
        return FileJson.of(debits.find(id));
    }

    @GetMapping("/api/v1/direct-debit-files/{id}/document")
    @Operation(summary = "Staff: the pain.008.001.08 XML as it was made")
    ResponseEntity<byte[]> document(@PathVariable UUID id, Caller caller) {
        caller.requireStaff(ONLY_STAFF);
        FileRow file = debits.find(id);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.messageId() + ".xml").build().toString())
                .body(debits.document(id).getBytes(StandardCharsets.UTF_8));
    }

}
