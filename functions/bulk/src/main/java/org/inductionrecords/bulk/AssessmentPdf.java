package org.inductionrecords.bulk;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.inductionrecords.core.induction.Assessment;
import org.inductionrecords.core.induction.Induction;
import org.inductionrecords.core.induction.Standard;
import org.inductionrecords.core.induction.StandardJudgement;

/**
 * The assessment form as a school files it (CONTRACT.md section 9): teacher, TRN, school, period, term and kind,
 * each standard's rating and comment, summary, progress, recommendation, who signed and acknowledged when, the
 * teacher's comment, version and status. A4, Helvetica, lines wrapped and pages added as the text needs.
 * Helvetica is a standard font (nothing embedded, a small file), so a character it cannot show is written as
 * {@code ?}; the JSON record holds the exact text.
 */
final class AssessmentPdf {

    private static final float MARGIN = 50;
    private static final float SIZE = 10;
    private static final float LEADING = 14;
    private static final int WRAP = 95;

    private AssessmentPdf() {
    }

    static byte[] render(Induction induction, Assessment assessment) {
        List<String[]> lines = new ArrayList<>();
        heading(lines, "Induction assessment: " + assessment.kind() + ", term " + assessment.term());
        field(lines, "Teacher", induction.teacher().givenName() + " " + induction.teacher().familyName());
        field(lines, "TRN", induction.teacher().trn());
        field(lines, "Date of birth", induction.teacher().dateOfBirth().toString());
        field(lines, "School URN", induction.schoolUrn());
        field(lines, "Programme", induction.programme().name());
        field(lines, "Period", assessment.periodStart() + " to " + assessment.periodEnd());
        field(lines, "Days absent", String.valueOf(assessment.daysAbsent()));
        field(lines, "Progress", assessment.progress().name());
        heading(lines, "Teachers' Standards");
        if (assessment.standards().isEmpty()) {
            text(lines, "No standards judged for this kind of assessment.");
        }
        for (Map.Entry<Standard, StandardJudgement> entry : assessment.standards().entrySet()) {
            field(lines, entry.getKey().name(), entry.getValue().rating().name());
            text(lines, entry.getValue().comment());
        }
        heading(lines, "Summary");
        text(lines, assessment.summary().orElse("(none)"));
        field(lines, "Recommendation", assessment.recommendation().map(Enum::name).orElse("(none)"));
        heading(lines, "Signatures");
        field(lines, "Submitted", assessment.submittedBy() + " at " + assessment.submittedAt());
        field(lines, "Signed by the headteacher", assessment.signedBy().map(by -> by + " at "
                + assessment.signedAt().map(Object::toString).orElse("")).orElse("not yet"));
        field(lines, "Acknowledged by the teacher", assessment.acknowledgedBy().map(by -> by + " at "
                + assessment.acknowledgedAt().map(Object::toString).orElse("")).orElse("not yet"));
        heading(lines, "Teacher's comment");
        text(lines, assessment.teacherComment().orElse("(none)"));
        field(lines, "Version", String.valueOf(assessment.version()));
        field(lines, "Status", assessment.status().name());
        return write(lines, "Induction assessment " + assessment.assessmentId());
    }

    private static void heading(List<String[]> lines, String text) {
        lines.add(new String[] {"", ""});
        lines.add(new String[] {"B", text});
    }

    private static void field(List<String[]> lines, String name, String value) {
        wrap(lines, name + ": " + value);
    }

    private static void text(List<String[]> lines, String text) {
        for (String paragraph : text.split("\n", -1)) {
            wrap(lines, paragraph);
        }
    }

    private static void wrap(List<String[]> lines, String text) {
        String rest = text;
        while (rest.length() > WRAP) {
            int cut = rest.lastIndexOf(' ', WRAP);
            cut = cut <= 0 ? WRAP : cut;
            lines.add(new String[] {"", rest.substring(0, cut)});
            rest = rest.substring(cut).stripLeading();
        }
        lines.add(new String[] {"", rest});
    }

    private static byte[] write(List<String[]> lines, String title) {
        PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(title);
            float top = PDRectangle.A4.getHeight() - MARGIN;
            int perPage = (int) ((top - MARGIN) / LEADING);
            for (int start = 0; start < lines.size(); start += perPage) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.beginText();
                    content.setLeading(LEADING);
                    content.newLineAtOffset(MARGIN, top);
                    for (String[] line : lines.subList(start, Math.min(lines.size(), start + perPage))) {
                        PDType1Font font = line[0].equals("B") ? bold : regular;
                        content.setFont(font, line[0].equals("B") ? SIZE + 2 : SIZE);
                        content.showText(showable(font, line[1]));
                        content.newLine();
                    }
                    content.endText();
                }
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text with each character the font cannot encode (WinAnsi) replaced by {@code ?}. */
    private static String showable(PDType1Font font, String text) {
        StringBuilder shown = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            String ch = new String(Character.toChars(cp));
            try {
                font.encode(ch);
                shown.append(ch);
            } catch (IOException | IllegalArgumentException notInFont) {
                shown.append('?');
            }
        });
        return shown.toString();
    }
}
