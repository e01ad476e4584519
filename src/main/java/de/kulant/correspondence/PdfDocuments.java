package de.kulant.correspondence;

import de.kulant.correspondence.internal.LetterTemplates;
import de.kulant.correspondence.internal.PdfLetters;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Service;

/** Other modules' documents as PDF/A with the letters' fonts and layout rules, from a template in {@code letters/}. */
@Service
public class PdfDocuments {

    private final LetterTemplates templates;
    private final PdfLetters pdfs;

    PdfDocuments(LetterTemplates templates, PdfLetters pdfs) {
        this.templates = templates;
        this.pdfs = pdfs;
    }

    public byte[] render(String template, Map<String, Object> variables, Locale locale) {
        return pdfs.render(templates.document(template, variables, locale)).bytes();
    }
}
