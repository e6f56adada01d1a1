package kg.source;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.text.TextPosition;

/**
 * Where a link annotation sits on a page, in the text stripper's coordinates (points, y down from the top of
 * the crop box), so that it can be matched with the characters under it.
 */
record LinkArea(String uri, float left, float top, float right, float bottom) {
    /** Characters set a little outside the drawn box still belong to the link. */
    private static final float SLACK = 2f;

    /** The page's links to web addresses; internal links (to another page) say nothing about an item. */
    static List<LinkArea> on(PDPage page) throws IOException {
        PDRectangle crop = page.getCropBox();
        List<LinkArea> areas = new ArrayList<>();
        for (PDAnnotation a : page.getAnnotations()) {
            if (a instanceof PDAnnotationLink link && link.getAction() instanceof PDActionURI action
                    && action.getURI() != null && !action.getURI().isBlank()) {
                PDRectangle r = link.getRectangle();
                areas.add(new LinkArea(action.getURI().strip(),
                        r.getLowerLeftX() - crop.getLowerLeftX(), crop.getUpperRightY() - r.getUpperRightY(),
                        r.getUpperRightX() - crop.getLowerLeftX(), crop.getUpperRightY() - r.getLowerLeftY()));
            }
        }
        return areas;
    }

    boolean covers(TextPosition p) {
        float x = p.getXDirAdj() + p.getWidthDirAdj() / 2;
        float y = p.getYDirAdj() - p.getHeightDir() / 2;
        return x >= left - SLACK && x <= right + SLACK && y >= top - SLACK && y <= bottom + SLACK;
    }
}
