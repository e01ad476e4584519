package de.kulant.correspondence;

import de.kulant.platform.CreditorId;
import de.kulant.platform.CsvWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.springframework.stereotype.Service;

/**
 * The letters of a day for a print-and-mail service: one ZIP with a PDF per letter and {@code manifest.csv}
 * (semicolon-separated, UTF-8, written by {@link CsvWriter}) with the address, page count and claim references of each.
 */
@Service
public class PrintExports {

    static final String HEADER = "file;pages;name;street;postalCode;city;country;creditor;invoiceNumbers;sha256";

    private final Documents documents;

    PrintExports(Documents documents) {
        this.documents = documents;
    }

    /** {@code creditor} null: staff, the letters of all creditors. Returns the number of letters written. */
    public int write(CreditorId creditor, LocalDate day, OutputStream target) {
        List<Documents.PrintLetter> letters = documents.lettersOfDay(creditor, day);
        CsvWriter manifest = new CsvWriter(';').row(HEADER.split(";"));
        try (ZipOutputStream zip = new ZipOutputStream(target, StandardCharsets.UTF_8)) {
            int number = 0;
            for (Documents.PrintLetter letter : letters) {
                DocumentView document = letter.document();
                Documents.PrintAddress address = letter.address();
                String file = String.format("%05d-%s.pdf", ++number, document.id());
                zip.putNextEntry(new ZipEntry(file));
                zip.write(documents.open(document.creditorId(), document.id()).orElseThrow().content());
                zip.closeEntry();
                manifest.row(file, String.valueOf(document.pages()), address.name(), address.street(),
                        address.postalCode(), address.city(), address.country(), document.creditorId().toString(),
                        String.join(",", address.invoiceNumbers()), document.sha256());
            }
            zip.putNextEntry(new ZipEntry("manifest.csv"));
            zip.write(manifest.toString().getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            return letters.size();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
