package kg.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlReaderTest {
    private static final Path FILE = Path.of("news.html");
    private static final String ARTICLE = """
            <!DOCTYPE html>
            <html><head><meta charset="%s"><title>陈德亮院士作学术报告 - 清华大学地球系统科学系</title>
            <meta property="og:title" content="陈德亮院士作学术报告"></head>
            <body>
            <header class="site-header"><h1>清华大学地球系统科学系</h1>
              <nav><ul><li><a href="/">首页</a></li><li><a href="/xwdt.htm">新闻动态</a></li></ul></nav></header>
            <div class="breadcrumb">首页 &gt; 新闻动态 &gt; 正文</div>
            <div class="main">
              <aside class="sidebar"><h3>最新动态</h3><ul><li>2024-12-01 另一条新闻</li></ul></aside>
              <article>
                <h1>陈德亮院士作学术报告</h1>
                <div class="info">发布时间：2025-01-10　来源：地球系统科学系</div>
                <p>1月8日，陈德亮院士在蒙民偉科技大楼作了题为“气候变化与极端天气”的报告。</p>
                <p>报告由俞乐副教授主持，<a href="https://doi.org/10.1038/s41558-024-02193-x">论文链接</a>见此。</p>
                <p>地址写出来的链接 <a href="https://www.ess.tsinghua.edu.cn">https://www.ess.tsinghua.edu.cn</a></p>
                <div class="share">分享到：微信 微博</div>
              </article>
            </div>
            <footer>版权所有 © 清华大学地球系统科学系 京ICP备</footer>
            <script>var x = "不要读我";</script>
            </body></html>
            """;
    private static final List<String> EXPECTED = List.of(
            "陈德亮院士作学术报告",
            "2025-01-10",
            "发布时间：2025-01-10\u3000来源：地球系统科学系",
            "1月8日，陈德亮院士在蒙民偉科技大楼作了题为“气候变化与极端天气”的报告。",
            "报告由俞乐副教授主持，论文链接（https://doi.org/10.1038/s41558-024-02193-x）见此。",
            "地址写出来的链接 https://www.ess.tsinghua.edu.cn");

    @Test
    void readsTitleDateAndParagraphsAndNothingOfThePageAroundThem() {
        SourceDocument doc = new HtmlReader().read(FILE, ARTICLE.formatted("utf-8").getBytes(StandardCharsets.UTF_8));
        assertEquals(EXPECTED, doc.text().lines().toList());
        assertEquals(SourceFormat.HTML, doc.format());
        assertEquals("HTML, UTF-8", doc.readAs());
    }

    @Test
    void readsThePageInTheCharsetItDeclares() {
        byte[] gbk = ARTICLE.formatted("gb2312").getBytes(Charset.forName("GB18030"));
        SourceDocument doc = new HtmlReader().read(FILE, gbk);
        assertEquals(EXPECTED, doc.text().lines().toList());
        assertEquals("GB18030", doc.encoding());
    }

    @Test
    void detectsTheCharsetOfAPageThatDeclaresNone() {
        String page = ARTICLE.formatted("utf-8").replace("<meta charset=\"utf-8\">", "");
        SourceDocument doc = new HtmlReader().read(FILE, page.getBytes(Charset.forName("GB18030")));
        assertEquals(EXPECTED, doc.text().lines().toList());
        assertEquals("GB18030", doc.encoding());
    }

    @Test
    void findsTheArticleOfAPageWithoutArticleMarkupByItsParagraphs() {
        String page = """
                <html><head><title>气象大模型发布_新闻_地学系</title></head><body>
                <div id="menu"><p>首页</p><p>关于我们</p></div>
                <div class="col"><p>短讯一则</p></div>
                <div class="col2"><p>2025年2月3日，清华大学黄小猛团队发布全球-区域嵌套气象大模型。</p>
                <p>该模型提高了区域高分辨率预报的准确率。</p></div>
                </body></html>
                """;
        SourceDocument doc = new HtmlReader().read(FILE, page.getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("气象大模型发布", "2025-02-03",
                "2025年2月3日，清华大学黄小猛团队发布全球-区域嵌套气象大模型。", "该模型提高了区域高分辨率预报的准确率。"),
                doc.text().lines().toList());
    }

    @Test
    void refusesAPageWithNoArticleText() {
        String page = "<html><body><nav><a href=\"/\">首页</a></nav><footer>版权所有</footer></body></html>";
        InputException e = assertThrows(InputException.class,
                () -> new HtmlReader().read(FILE, page.getBytes(StandardCharsets.UTF_8)));
        assertEquals("news.html: has no article text (no paragraphs outside navigation and footers)", e.getMessage());
    }
}
