package de.kulant.correspondence.internal;

import de.kulant.correspondence.Letter;
import org.springframework.stereotype.Component;

/**
 * Prints a letter as PDF/A. A notice for one claim must fit one sheet (a second page doubles the print cost): when it
 * does not, it is set once more in the compact style, a point smaller and tighter.
 */
@Component
public class LetterPrinter {

    private final LetterTemplates templates;
    private final PdfLetters pdfs;

    LetterPrinter(LetterTemplates templates, PdfLetters pdfs) {
        this.templates = templates;
        this.pdfs = pdfs;
    }

    public PdfLetters.Pdf print(Letter letter) {
        PdfLetters.Pdf pdf = pdfs.render(templates.letter(letter, false));
        if (pdf.pages() > 1 && letter.items().size() == 1) {
            return pdfs.render(templates.letter(letter, true));
        }
        return pdf;
    }
}
