package org.inductionrecords.core.bulk;

import java.util.ArrayList;
import java.util.List;
import org.inductionrecords.core.error.InvalidInput;

/**
 * RFC 4180 text, read and written (CONTRACT.md section 9): fields separated by commas, records by CRLF (LF
 * accepted on reading), a field quoted when it holds a comma, quote or line break, a quote inside doubled. A
 * leading byte-order mark is dropped, as spreadsheets write one. Written cells that a spreadsheet would run as a
 * formula (starting with =, +, -, @, tab or carriage return) get a leading {@code '}.
 */
public final class Csv {

    private Csv() {
    }

    /** The records of this text; a malformed quote is a 400 on {@code body}. */
    public static List<List<String>> parse(String text) {
        List<List<String>> records = new ArrayList<>();
        String csv = text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int i = 0;
        int length = csv.length();
        boolean quoted = false;
        boolean fieldStarted = false;
        while (i < length) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < length && csv.charAt(i + 1) == '"') {
                        field.append('"');
                        i += 2;
                        continue;
                    }
                    quoted = false;
                    i++;
                    if (i < length && ",\r\n".indexOf(csv.charAt(i)) < 0) {
                        throw InvalidInput.of("body", "is not RFC 4180 CSV: text after a closing quote in record "
                                + (records.size() + 1));
                    }
                    continue;
                }
                field.append(c);
                i++;
                continue;
            }
            if (c == '"' && field.isEmpty() && !fieldStarted) {
                quoted = true;
                fieldStarted = true;
                i++;
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
                fieldStarted = false;
                i++;
            } else if (c == '\r' || c == '\n') {
                record.add(field.toString());
                field.setLength(0);
                fieldStarted = false;
                records.add(record);
                record = new ArrayList<>();
                i += c == '\r' && i + 1 < length && csv.charAt(i + 1) == '\n' ? 2 : 1;
            } else if (c == '"') {
                throw InvalidInput.of("body", "is not RFC 4180 CSV: a quote inside an unquoted field in record "
                        + (records.size() + 1));
            } else {
                field.append(c);
                fieldStarted = true;
                i++;
            }
        }
        if (quoted) {
            throw InvalidInput.of("body", "is not RFC 4180 CSV: a quoted field is not closed");
        }
        if (fieldStarted || !field.isEmpty() || !record.isEmpty()) {
            record.add(field.toString());
            records.add(record);
        }
        // Blank lines (a trailing one most often) hold no record.
        records.removeIf(r -> r.size() == 1 && r.get(0).isEmpty());
        return records;
    }

    /** One record, CRLF-terminated, each cell guarded against formula injection. */
    public static void appendRecord(StringBuilder out, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(cell(cells.get(i)));
        }
        out.append("\r\n");
    }

    /** A cell as written: formula-like values prefixed with {@code '}, then quoted if needed. */
    public static String cell(String value) {
        String guarded = isFormulaLike(value) ? "'" + value : value;
        boolean quote = guarded.indexOf(',') >= 0 || guarded.indexOf('"') >= 0 || guarded.indexOf('\n') >= 0
                || guarded.indexOf('\r') >= 0;
        return quote ? '"' + guarded.replace("\"", "\"\"") + '"' : guarded;
    }

    static boolean isFormulaLike(String value) {
        return !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0;
    }

    /** A whole document: the header, then the records. */
    public static String write(List<String> header, List<List<String>> records) {
        StringBuilder out = new StringBuilder();
        appendRecord(out, header);
        records.forEach(record -> appendRecord(out, record));
        return out.toString();
    }
}
