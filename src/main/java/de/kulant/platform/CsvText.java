package de.kulant.platform;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A CSV file as text and records: UTF-8 with or without BOM, else Windows-1252 (detected); separator
 * {@code ;} or {@code ,} (detected from the header line); fields quoted RFC 4180 style. Read by every CSV import.
 */
public final class CsvText {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** One record and the physical line it starts on (1 = the header line). */
    public record Record(int line, List<String> fields) {
    }

    public record Result(List<Record> records, List<FieldViolation> violations) {
    }

    private CsvText() {
    }

    public static Result read(byte[] content) {
        List<FieldViolation> violations = new ArrayList<>();
        String text = decode(content, violations);
        if (text == null) {
            return new Result(List.of(), violations);
        }
        if (text.isBlank()) {
            violations.add(FieldViolation.coded("file", "csvEmpty", "the file is empty").atLine(1));
            return new Result(List.of(), violations);
        }
        char separator = detectSeparator(text);
        return new Result(parse(text, separator, violations), violations);
    }

    private static String decode(byte[] content, List<FieldViolation> violations) {
        if (content.length >= 2 && ((content[0] == (byte) 0xFE && content[1] == (byte) 0xFF)
                || (content[0] == (byte) 0xFF && content[1] == (byte) 0xFE))) {
            violations.add(FieldViolation.coded("file", "csvUtf16",
                    "UTF-16 is not supported; save the file as UTF-8 or Windows-1252").atLine(1));
            return null;
        }
        int offset = content.length >= 3 && content[0] == (byte) 0xEF && content[1] == (byte) 0xBB
                && content[2] == (byte) 0xBF ? 3 : 0;
        for (int i = offset; i < content.length; i++) {
            if (content[i] == 0) {
                violations.add(FieldViolation.coded("file", "csvNul", "the file contains NUL bytes: it is not a text "
                        + "file in UTF-8 or Windows-1252").atLine(lineOf(content, i)));
                return null;
            }
        }
        ByteBuffer bytes = ByteBuffer.wrap(content, offset, content.length - offset);
        try {
            return strict(StandardCharsets.UTF_8).decode(bytes).toString();
        } catch (CharacterCodingException notUtf8) {
            if (offset == 3) {
                violations.add(FieldViolation.coded("file", "csvBadUtf8",
                        "the file starts with a UTF-8 mark but is not valid UTF-8").atLine(1));
                return null;
            }
        }
        CharsetDecoder decoder = strict(WINDOWS_1252);
        try {
            return decoder.decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            int position = firstUndefined(content);
            violations.add(FieldViolation.coded("file", "csvUnknownByte", String.format("byte 0x%02X is neither "
                    + "UTF-8 nor Windows-1252; save the file as UTF-8", content[position] & 0xFF),
                    String.format("0x%02X", content[position] & 0xFF)).atLine(lineOf(content, position)));
            return null;
        }
    }

    private static CharsetDecoder strict(Charset charset) {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    private static int firstUndefined(byte[] content) {
        CharsetDecoder decoder = strict(WINDOWS_1252);
        for (int i = 0; i < content.length; i++) {
            try {
                decoder.decode(ByteBuffer.wrap(content, i, 1));
            } catch (CharacterCodingException e) {
                return i;
            }
        }
        return 0;
    }

    private static int lineOf(byte[] content, int position) {
        int line = 1;
        for (int i = 0; i < position; i++) {
            if (content[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    private static char detectSeparator(String text) {
        int semicolons = 0;
        int commas = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted && c == ';') {
                semicolons++;
            } else if (!quoted && c == ',') {
                commas++;
            }
        }
        return semicolons >= commas ? ';' : ',';
    }

    private static List<Record> parse(String text, char separator, List<FieldViolation> violations) {
        List<Record> records = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int line = 1;
        int recordLine = 1;
        boolean quoted = false;
        boolean fieldWasQuoted = false;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                }
            } else if (c == '"' && field.isEmpty() && !fieldWasQuoted) {
                quoted = true;
                fieldWasQuoted = true;
            } else if (c == separator) {
                fields.add(field.toString());
                field.setLength(0);
                fieldWasQuoted = false;
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                fields.add(field.toString());
                field.setLength(0);
                fieldWasQuoted = false;
                addRecord(records, recordLine, fields);
                fields = new ArrayList<>();
                line++;
                recordLine = line;
            } else {
                field.append(c);
            }
            i++;
        }
        if (quoted) {
            violations.add(FieldViolation.coded("file", "csvOpenQuote", "a quoted field is not closed").atLine(recordLine));
            return records;
        }
        if (!field.isEmpty() || !fields.isEmpty()) {
            fields.add(field.toString());
            addRecord(records, recordLine, fields);
        }
        return records;
    }

    private static void addRecord(List<Record> records, int line, List<String> fields) {
        boolean empty = fields.stream().allMatch(String::isBlank);
        if (!empty) {
            records.add(new Record(line, List.copyOf(fields)));
        }
    }
}
