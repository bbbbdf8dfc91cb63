package dev.silkroute.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.Reader;
import org.junit.jupiter.api.Test;

class ScriptBodiesTest {

    /** What the parser reads, in small gulps so that a cut falls inside one as well as at its edge. */
    private static String read(String page) throws IOException {
        Reader r = ScriptBodies.reader(page);
        StringBuilder sb = new StringBuilder();
        char[] buf = new char[7];
        for (int n; (n = r.read(buf, 0, buf.length)) >= 0; ) sb.append(buf, 0, n);
        return sb.toString();
    }

    @Test
    void scriptsStylesAndDrawingsAreEmptiedAndTheirTagsStay() throws IOException {
        String page = "<head><style>p { color: red }</style><SCRIPT type=\"module\">let s = '<p>not text</p>';</SCRIPT></head>"
                + "<body><p>Freight trains set a record.</p><svg viewBox=\"0 0 24 24\"><title>Share</title><path d=\"M0 0\"/></svg>"
                + "<script>if (a < b) go('</div>');</script><p>Traders met.</p></body>";
        assertEquals("<head><style></style><SCRIPT type=\"module\"></SCRIPT></head>"
                + "<body><p>Freight trains set a record.</p><svg viewBox=\"0 0 24 24\"></svg>"
                + "<script></script><p>Traders met.</p></body>", read(page));
    }

    @Test
    void jsonLdKeepsItsBodyForTheMetadata() throws IOException {
        String page = "<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\"}</script><script>track();</script>";
        assertEquals("<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\"}</script><script></script>",
                read(page));
    }

    @Test
    void aCommentedOutScriptOpensNothingAndLookalikeTagsAreNotScripts() throws IOException {
        String page = "<!-- <script> --><p>Kept</p><scripture>Kept too</scripture><p>And this</p><!-- </script> -->";
        assertEquals(page, read(page));
    }

    @Test
    void aScriptThatWritesAScriptInsideAnHtmlCommentEndsWhereTheParserEndsIt() throws IOException {
        String page = "<script><!--\ndocument.write('<script src=\"ads.js\"></script>');\nvar sidebar = 'right';\n//-->\n</script><p>Post</p>";
        assertEquals("<script></script><p>Post</p>", read(page), "the script's own code is no text of the page");
        assertEquals("<script></script><p>Post</p>", read("<script>var s = '</script><p>Post</p>"),
                "without a comment the first </script> ends it, as it does for the parser");
    }

    @Test
    void anUnclosedScriptIsLeftToTheParser() throws IOException {
        String page = "<p>Text</p><script>var x = 1;";
        assertEquals(page, read(page));
    }
}
