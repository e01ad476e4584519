package de.kulant.correspondence.internal;

import de.kulant.correspondence.CaseLetterText;
import de.kulant.correspondence.Letter;
import java.util.Map;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * The templates of letters and e-mails ({@code letters/}): the letter as XHTML for the PDF, the e-mail as HTML
 * and as plain text. Texts per level kind, tone and language come from {@code letters*.properties}.
 */
@Component
public class LetterTemplates {

    private final SpringTemplateEngine engine = new SpringTemplateEngine();
    private final MessageSource messages;

    @Autowired
    LetterTemplates(MessageSource messages) {
        this(messages, "letters/");
    }

    /** Templates from a classpath folder of their own (the application's are under {@code letters/}). */
    LetterTemplates(MessageSource messages, String folder) {
        this.messages = messages;
        engine.addTemplateResolver(resolver(folder, "*.xhtml", TemplateMode.XML, 1));
        engine.addTemplateResolver(resolver(folder, "*.html", TemplateMode.HTML, 2));
        engine.addTemplateResolver(resolver(folder, "*.txt", TemplateMode.TEXT, 3));
        engine.setTemplateEngineMessageSource(messages);
    }

    private static ClassLoaderTemplateResolver resolver(String folder, String pattern, TemplateMode mode, int order) {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix(folder);
        resolver.setResolvablePatterns(java.util.Set.of(pattern));
        resolver.setTemplateMode(mode);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        resolver.setOrder(order);
        resolver.setCheckExistence(true);
        return resolver;
    }

    public String letter(Letter letter) {
        return letter(letter, false);
    }

    /** The letter's XHTML; {@code compact} sets it a point smaller and tighter, to keep a one-claim notice on one page. */
    public String letter(Letter letter, boolean compact) {
        return engine.process("letter.xhtml", context(letter, Map.of("qrType", EpcQrDrawer.TYPE,
                "qrData", letter.qrPayload() == null ? "" : EpcQrDrawer.attribute(letter.qrPayload()),
                "compact", compact)));
    }

    /** Another document of the {@code letters/} folder ({@code name.xhtml}) in the reader's language, with {@code f} for formats. */
    public String document(String name, Map<String, Object> variables, java.util.Locale locale) {
        Context context = new Context(locale);
        context.setVariable("f", new LetterFormat(locale));
        variables.forEach(context::setVariable);
        return engine.process(name + ".xhtml", context);
    }

    public String emailHtml(Letter letter, boolean withAttachment) {
        return engine.process("email.html", context(letter, Map.of("attachment", withAttachment)));
    }

    public String emailText(Letter letter, boolean withAttachment) {
        return engine.process("email.txt", context(letter, Map.of("attachment", withAttachment)));
    }

    public String subject(Letter letter) {
        String kind = messages.getMessage("letter.subject." + letter.kind(), null, letter.locale());
        LetterFormat f = new LetterFormat(letter.locale());
        return letter.combined()
                ? messages.getMessage("letter.subjectCombined", new Object[] {kind, letter.items().size()}, letter.locale())
                : messages.getMessage("letter.subjectSingle", new Object[] {kind, letter.items().get(0).invoiceNumber(),
                f.date(letter.items().get(0).invoiceDate())}, letter.locale());
    }

    /** A collection letter's XHTML for the PDF. */
    public String caseLetter(CaseLetterText letter) {
        return engine.process("collection-letter.xhtml", context(letter, Map.of("qrType", EpcQrDrawer.TYPE,
                "qrData", letter.qrPayload() == null ? "" : EpcQrDrawer.attribute(letter.qrPayload()),
                "rateQrs", letter.rateQrPayloads().stream().map(EpcQrDrawer::attribute).toList(),
                "portalQr", EpcQrDrawer.attribute(letter.request().portalUrl()))));
    }

    public String caseEmailHtml(CaseLetterText letter, boolean withAttachment) {
        return engine.process("collection-email.html", context(letter, Map.of("attachment", withAttachment)));
    }

    public String caseEmailText(CaseLetterText letter, boolean withAttachment) {
        return engine.process("collection-email.txt", context(letter, Map.of("attachment", withAttachment)));
    }

    public String caseSubject(CaseLetterText letter) {
        return messages.getMessage("case.subject." + letter.request().kind(),
                new Object[] {letter.creditor().name(), letter.request().caseReference()}, letter.locale());
    }

    private Context context(CaseLetterText letter, Map<String, Object> extra) {
        Context context = new Context(letter.locale());
        context.setVariable("letter", letter);
        context.setVariable("r", letter.request());
        context.setVariable("a", letter.request().agency());
        context.setVariable("c", letter.creditor());
        context.setVariable("f", new LetterFormat(letter.locale()));
        context.setVariable("subject", caseSubject(letter));
        context.setVariable("payee", letter.payee());
        context.setVariable("iban", new LetterFormat(letter.locale()).iban(letter.payee().iban()));
        context.setVariable("salutation", salutation(letter.recipient(), letter.locale()));
        extra.forEach(context::setVariable);
        return context;
    }

    private String salutation(Letter.Recipient recipient, java.util.Locale locale) {
        return recipient.business()
                ? messages.getMessage("letter.salutation.business", null, locale)
                : messages.getMessage("letter.salutation.person", new Object[] {recipient.name()}, locale);
    }

    private Context context(Letter letter, Map<String, Object> extra) {
        LetterFormat f = new LetterFormat(letter.locale());
        Context context = new Context(letter.locale());
        context.setVariable("letter", letter);
        context.setVariable("f", f);
        context.setVariable("subject", subject(letter));
        context.setVariable("introKey", "letter." + letter.kind() + "." + letter.tone() + ".intro"
                + (letter.combined() ? "Combined" : ""));
        context.setVariable("iban", f.iban(letter.sender().iban()));
        context.setVariable("salutation", salutation(letter.recipient(), letter.locale()));
        context.setVariable("returnLine", letter.sender().senderLine() != null ? letter.sender().senderLine()
                : letter.sender().name() + " · " + letter.sender().street() + " · " + letter.sender().postalCode() + " "
                + letter.sender().city());
        extra.forEach(context::setVariable);
        return context;
    }
}
