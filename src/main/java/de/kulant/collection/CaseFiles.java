package de.kulant.collection;

import de.kulant.collection.internal.ActivityStore;
import de.kulant.collection.internal.CaseFileStore;
import de.kulant.collection.internal.CaseStore.CaseRow;
import de.kulant.collection.internal.CaseStore;
import de.kulant.platform.Actor;
import de.kulant.platform.AuditEntry;
import de.kulant.platform.AuditTrail;
import de.kulant.platform.CreditorId;
import de.kulant.platform.FieldViolation;
import de.kulant.platform.Ids;
import de.kulant.platform.InvalidInputException;
import de.kulant.platform.NotFoundException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Files a debtor sends for a case: evidence for a dispute, proof of a payment. Each is checked by its content, never
 * by its name (PDF, JPEG or PNG, at most 10 MB) and scanned before anything is stored; one bad file refuses them all.
 * Staff and the creditor download them as attachments, never shown inline.
 */
@Service
public class CaseFiles {

    /** A stored file without its content. */
    public record CaseFile(UUID id, CaseId caseId, String kind, String fileName, String mediaType, int sizeBytes,
                           String sha256, Instant uploadedAt, String uploadedBy) {
    }

    /** A file as it arrived: the name the sender gave it, its bytes, and its size (no bytes are kept of one too large). */
    public record Upload(String fileName, byte[] content, long size) {

        public Upload(String fileName, byte[] content) {
            this(fileName, content, content == null ? 0 : content.length);
        }

        public static Upload tooLarge(String fileName, long size) {
            return new Upload(fileName, new byte[0], size);
        }
    }

    /** A file with its content, for download. */
    public record Stored(CaseFile file, byte[] content) {
    }

    public static final int MAX_BYTES = 10 * 1024 * 1024;
    public static final int MAX_FILES = 5;
    public static final Set<String> KINDS = Set.of("EVIDENCE", "PROOF_OF_PAYMENT");

    private final CaseStore cases;
    private final CaseFileStore files;
    private final ActivityStore activities;
    private final EvidenceScanner scanner;
    private final AuditTrail audit;
    private final Clock clock;

    CaseFiles(CaseStore cases, CaseFileStore files, ActivityStore activities, EvidenceScanner scanner,
              AuditTrail audit, Clock clock) {
        this.cases = cases;
        this.files = files;
        this.activities = activities;
        this.scanner = scanner;
        this.audit = audit;
        this.clock = clock;
    }

    /** What is wrong with the uploads; field {@code files[i]} names the file refused. */
    static List<FieldViolation> check(List<Upload> uploads, EvidenceScanner scanner) {
        List<FieldViolation> violations = new ArrayList<>();
        if (uploads.size() > MAX_FILES) {
            violations.add(FieldViolation.coded("files", "tooManyFiles", "at most " + MAX_FILES + " files at once",
                    MAX_FILES));
            return violations;
        }
        for (int i = 0; i < uploads.size(); i++) {
            Upload upload = uploads.get(i);
            String field = "files[" + i + "]";
            String name = displayName(upload.fileName());
            if (upload.size() > MAX_BYTES) {
                violations.add(FieldViolation.coded(field, "fileTooLargeNamed", name + " is larger than 10 MB", name,
                        10));
            } else if (upload.content() == null || upload.content().length == 0) {
                violations.add(FieldViolation.coded(field, "fileEmpty", name + " is empty", name));
            } else if (mediaType(upload.content()) == null) {
                violations.add(FieldViolation.coded(field, "fileType", name + " is not a PDF, JPG or PNG file",
                        name));
            } else if (scanner.findingIn(name, upload.content()) != null) {
                violations.add(FieldViolation.coded(field, "fileInfected", name + " was refused by the virus scan",
                        name));
            }
        }
        return violations;
    }

    /**
     * Checks and scans every upload once, then stores them for the case, all or none, each on the timeline;
     * {@code refusedAlready} are the other fields of the same form found wrong, reported together with the files'.
     */
    @Transactional
    public List<CaseFile> add(CaseId id, String kind, List<Upload> uploads, Actor actor,
                              List<FieldViolation> refusedAlready) {
        if (!KINDS.contains(kind)) {
            throw new IllegalArgumentException("unknown file kind " + kind);
        }
        List<FieldViolation> violations = new ArrayList<>(refusedAlready);
        violations.addAll(check(uploads, scanner));
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        CaseRow row = cases.find(null, id).orElseThrow(() -> new NotFoundException("case"));
        List<CaseFile> stored = new ArrayList<>();
        Instant now = clock.instant();
        for (Upload upload : uploads) {
            CaseFile file = new CaseFile(Ids.next(), id, kind, displayName(upload.fileName()),
                    mediaType(upload.content()), upload.content().length, sha256(upload.content()), now,
                    actor.label());
            files.insert(row.creditorId(), file, upload.content());
            activities.add(row.creditorId(), ActivityStore.entry(id, now, "FILE", actor.label(),
                    (kind.equals("EVIDENCE") ? "Beleg zum Einwand" : "Zahlungsnachweis") + " hochgeladen: "
                            + file.fileName() + " (" + (file.sizeBytes() + 1023) / 1024 + " KB)"));
            audit.record(new AuditEntry(row.creditorId(), "case", id.toString(), "case.file-added", actor, null,
                    Map.of("file", file.id().toString(), "kind", kind, "sha256", file.sha256(),
                            "bytes", file.sizeBytes())));
            stored.add(file);
        }
        return stored;
    }

    /** The case's files, newest first; {@code creditor} null: staff. */
    @Transactional(readOnly = true)
    public List<CaseFile> ofCase(CreditorId creditor, CaseId id) {
        cases.find(creditor, id).orElseThrow(() -> new NotFoundException("case"));
        return files.ofCase(id);
    }

    /** One file with its content; {@code creditor} null: staff. */
    @Transactional(readOnly = true)
    public Optional<Stored> open(CreditorId creditor, CaseId id, UUID fileId) {
        if (cases.find(creditor, id).isEmpty()) {
            return Optional.empty();
        }
        return files.find(id, fileId).map(file -> new Stored(file, files.content(file.id())));
    }

    /** The media type the content's first bytes show, or null when it is none of those accepted. */
    static String mediaType(byte[] content) {
        if (starts(content, '%', 'P', 'D', 'F', '-')) {
            return "application/pdf";
        }
        if (starts(content, 0xFF, 0xD8, 0xFF)) {
            return "image/jpeg";
        }
        if (starts(content, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return "image/png";
        }
        return null;
    }

    private static boolean starts(byte[] content, int... magic) {
        if (content.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((content[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }

    /** The name without any path, control characters or quotes, at most 120 characters. */
    static String displayName(String given) {
        String name = given == null ? "" : given;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[\\p{Cntrl}\"<>]", "").strip();
        if (name.length() > 120) {
            name = name.substring(name.length() - 120);
        }
        return name.isEmpty() ? "Datei" : name;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
