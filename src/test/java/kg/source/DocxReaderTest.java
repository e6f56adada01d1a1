package kg.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;

class DocxReaderTest {
    private static final Path FILE = Path.of("issue.docx");

    @Test
    void readsParagraphsTablesAndLinksInOrderAndKeepsThePageHeaderAside() throws IOException {
        byte[] docx;
        try (XWPFDocument doc = new XWPFDocument()) {
            doc.createHeader(HeaderFooterType.DEFAULT).createParagraph().createRun()
                    .setText("2025 年第一期《工作动态》总第 66 期");
            doc.createFooter(HeaderFooterType.DEFAULT).createParagraph().createRun().setText("第 1 页");
            paragraph(doc, "一、头条");
            paragraph(doc, "1.张强获国家自然科学奖二等奖");
            XWPFParagraph p = doc.createParagraph();
            p.createRun().setText("详见");
            XWPFHyperlinkRun link = p.createHyperlinkRun("https://www.ess.tsinghua.edu.cn/info/1.htm");
            link.setText("原文链接");
            p.createRun().setText("。");
            XWPFTable table = doc.createTable(1, 2);
            table.getRow(0).getCell(0).setText("获奖人");
            table.getRow(0).getCell(1).setText("张强");
            paragraph(doc, "");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.write(out);
            docx = out.toByteArray();
        }
        SourceDocument read = new DocxReader().read(FILE, docx);
        assertEquals(List.of("一、头条", "1.张强获国家自然科学奖二等奖",
                "详见原文链接（https://www.ess.tsinghua.edu.cn/info/1.htm）。", "获奖人", "张强"),
                read.text().lines().toList());
        assertEquals(List.of("2025 年第一期《工作动态》总第 66 期"), read.pageHeaders());
        assertEquals("Word", read.readAs());
    }

    @Test
    void refusesAZipThatIsNoWordDocument() {
        byte[] zip = {'P', 'K', 3, 4, 0, 0, 0, 0, 0, 0, 0, 0};
        InputException e = assertThrows(InputException.class, () -> new DocxReader().read(FILE, zip));
        assertTrue(e.getMessage().startsWith("issue.docx: is a damaged or non-Word .docx file"), e.getMessage());
    }

    @Test
    void refusesAnOldWordFileOrAnEncryptedOne() {
        byte[] ole2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0};
        InputException e = assertThrows(InputException.class, () -> new DocxReader().read(FILE, ole2));
        assertEquals("issue.docx: is a Word 97-2003 (.doc) or password-protected Office file; "
                + "kg reads .docx without a password", e.getMessage());
    }

    private static void paragraph(XWPFDocument doc, String text) {
        doc.createParagraph().createRun().setText(text);
    }
}
