package weft.render.pdf;

import com.openhtmltopdf.bidi.support.ICUBidiReorderer;
import com.openhtmltopdf.bidi.support.ICUBidiSplitter;
import com.openhtmltopdf.layout.Layer;
import com.openhtmltopdf.layout.UrlAwareLineBreakIterator;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PagePosition;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import com.openhtmltopdf.render.Box;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceType;
import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.LogMessageId;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiPredicate;
import java.util.logging.Level;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.PDDocument;
import weft.cache.BuildCache;
import weft.cache.Codec;
import weft.render.figure.Scene;

/**
 * Renders well-formed XHTML to a tagged PDF/UA-1 and PDF/A-3a document with openhtmltopdf, then finishes it with
 * {@link PdfPostProcessor}. The document's metadata comes from the XHTML ({@code <title>}, {@code <meta name=
 * "author|subject|keywords">}, {@code <html lang>}), its outline from {@code <bookmarks>} in the head. The same
 * XHTML, attachments and date give the same bytes: fonts and the sRGB output intent come from the class path.
 */
final class PdfRenderer {

    static final String CREATOR = "Weft";
    static final String PRODUCER = "Weft (openhtmltopdf, Apache PDFBox)";
    private static final PdfAConformance CONFORMANCE = PdfAConformance.PDFA_3_A;
    private static final Pattern ANY_ID = Pattern.compile(".+");
    /** Part of the document ID, so that another renderer gives another ID. */
    private static final String RENDERER_ID = "weft openhtmltopdf/1.1.31 pdfbox/3.0.8 " + CONFORMANCE;

    static {
        // openhtmltopdf logs every font and stylesheet it loads to the console, through a logger of its own that can
        // only be set for the whole JVM. Weft reports through its diagnostics instead: the renderer's messages reach
        // each render's diagnostic consumer below whatever the logger, so the logger is silenced, once.
        XRLog.setLoggerImpl(new SilentLogger());
    }

    /**
     * The PDF, what the renderer warned about (a missing glyph, an unsupported CSS property ...), the page (from 1)
     * on which each element with an id begins, as laid out, and the addresses of files the document asked for and was
     * refused (see {@link #render}), each once, in the order asked.
     */
    record Result(byte[] pdf, List<String> warnings, Map<String, Integer> pages, List<String> refused) {

        static final Codec<Result> CODEC = new Codec<>() {
            @Override
            public void write(Result r, DataOutputStream out) throws IOException {
                Codec.BYTES.write(r.pdf(), out);
                out.writeInt(r.warnings().size());
                for (String w : r.warnings()) {
                    Codec.writeText(w, out);
                }
                out.writeInt(r.pages().size());
                for (Map.Entry<String, Integer> page : new TreeMap<>(r.pages()).entrySet()) {
                    Codec.writeText(page.getKey(), out);
                    out.writeInt(page.getValue());
                }
                out.writeInt(r.refused().size());
                for (String uri : r.refused()) {
                    Codec.writeText(uri, out);
                }
            }

            @Override
            public Result read(DataInputStream in) throws IOException {
                byte[] pdf = Codec.BYTES.read(in);
                List<String> warnings = new ArrayList<>();
                for (int i = in.readInt(); i > 0; i--) {
                    warnings.add(Codec.readText(in));
                }
                Map<String, Integer> pages = new TreeMap<>();
                for (int i = in.readInt(); i > 0; i--) {
                    pages.put(Codec.readText(in), in.readInt());
                }
                List<String> refused = new ArrayList<>();
                for (int i = in.readInt(); i > 0; i--) {
                    refused.add(Codec.readText(in));
                }
                return new Result(pdf, List.copyOf(warnings), Map.copyOf(pages), List.copyOf(refused));
            }
        };
    }

    private final StudyFonts fonts;
    private final BuildCache cache;

    /**
     * A renderer that sets what DejaVu lacks in {@code fonts} and keeps its layouts in {@code cache}
     * ({@link BuildCache#none()}: none).
     */
    PdfRenderer(StudyFonts fonts, BuildCache cache) {
        this.fonts = fonts;
        this.cache = cache;
    }

    /**
     * Renders {@code xhtml} with {@code attachments} embedded, dated {@code date}, the document's figures of
     * {@code scenes} (by their ids) painted from their marks ({@link SceneSvgDrawer}), with {@code lineNumbers} its
     * lines numbered in the margin ({@link LineNumbers}); or gives the document the cache
     * kept for exactly these (and this code: see {@link weft.cache.CodeFingerprint}). Each figure of {@code scenes} is
     * in the XHTML as the SVG written from it, so the XHTML still says everything the PDF is made from.
     *
     * <p>The document reads nothing from outside: an image, stylesheet or font it names by address ({@code file:},
     * {@code https:}, a relative path) is refused and listed in the result, so that the PDF is made of what the build
     * read, hashed and lists in the manifest, the same on every machine and without a network. Only {@code data:}
     * addresses, whose content is in the document, are read.
     */
    Result render(String xhtml, Map<String, Scene> scenes, List<Attachment> attachments, Instant date,
                  boolean lineNumbers) {
        byte[] sources = sources(xhtml, attachments, fonts, date, lineNumbers);
        byte[] id = java.util.Arrays.copyOf(sources, 16);
        return cache.memo(cache.key("pdf").bytes(sources), Result.CODEC,
                () -> layOut(xhtml, scenes, attachments, date, lineNumbers, id));
    }

    private Result layOut(String xhtml, Map<String, Scene> scenes, List<Attachment> attachments, Instant date,
                          boolean lineNumbers, byte[] id) {
        List<String> warnings = new ArrayList<>();
        Set<String> refused = new LinkedHashSet<>();
        BiPredicate<String, ExternalResourceType> inDocumentOnly = (uri, type) -> {
            boolean inDocument = uri != null && uri.regionMatches(true, 0, "data:", 0, 5);
            if (!inDocument && uri != null) {
                refused.add(uri);
            }
            return inDocument;
        };
        PDDocument doc = new PDDocument(); // created here so that the fonts load into it (PdfFonts)
        PdfRendererBuilder builder = new PdfRendererBuilder()
                .usePDDocument(doc)
                .useFastMode()
                .withHtmlContent(xhtml, null)
                .usePdfUaAccessibility(true)
                .usePdfAConformance(CONFORMANCE)
                .useColorProfile(Srgb.PROFILE)
                .withProducer(PRODUCER)
                .useSVGDrawer(new SceneSvgDrawer(scenes, fonts))
                // right-to-left text (Hebrew, Arabic) laid out by Unicode's bidirectional algorithm, Arabic shaped: ICU
                .useUnicodeBidiSplitter(new ICUBidiSplitter.ICUBidiSplitterFactory())
                .useUnicodeBidiReorderer(new ICUBidiReorderer())
                .defaultTextDirection(BaseRendererBuilder.TextDirection.LTR)
                // lines broken by Unicode's rules (ICU), URLs at their slashes as before: Thai has no spaces to break at
                .useUnicodeLineBreaker(new UrlAwareLineBreakIterator(new IcuLineBreaks()))
                .useExternalResourceAccessControl(inDocumentOnly, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
                .useExternalResourceAccessControl(inDocumentOnly, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI)
                .withDiagnosticConsumer(d -> collect(d, warnings));
        PdfFonts.Registered registered = PdfFonts.register(builder, doc, fonts);
        try (doc; PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
            registered.fallbacks().addTo(renderer.getFontResolver());
            renderer.createPDFWithoutClosing();
            if (lineNumbers) {
                LineNumbers.draw(renderer, doc, registered.sans().supply());
            }
            Map<String, Integer> pages = new TreeMap<>();
            Layer layer = renderer.getRootBox().getLayer();
            for (PagePosition<Box> at : renderer.findPagePositionsByID(ANY_ID)) {
                // the renderer's position is the last page the element is on; a reader looks for where it begins
                int first = layer.getPageIndex(at.getElement().getAbsY());
                pages.merge(at.getId(), (first >= 0 ? first : at.getPageNo()) + 1, Math::min);
            }
            PdfPostProcessor.process(doc, attachments, new PdfPostProcessor.Settings(date, CREATOR,
                    CONFORMANCE.getPart(), CONFORMANCE.getConformanceValue(), id));
            ByteArrayOutputStream out = new ByteArrayOutputStream(512 * 1024);
            doc.save(out);
            return new Result(out.toByteArray(), List.copyOf(warnings), Map.copyOf(pages), List.copyOf(refused));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render the PDF", e);
        }
    }

    private static void collect(Diagnostic d, List<String> warnings) {
        // a refused address is reported by the writer, at the template that names it
        if (d.getLevel().intValue() >= Level.WARNING.intValue()
                && d.getLogMessageId() != LogMessageId.LogMessageId2Param.LOAD_RESOURCE_ACCESS_REJECTED) {
            warnings.add(d.getFormattedMessage());
        }
    }

    /**
     * A SHA-256 over everything the PDF is made from: the renderer, the date, the study's fonts, the XHTML, every
     * attachment. Its first 16
     * bytes are the trailer's document ID; the whole is the PDF's key in the build cache.
     */
    private static byte[] sources(String xhtml, List<Attachment> attachments, StudyFonts fonts, Instant date,
                                  boolean lineNumbers) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            update(sha, RENDERER_ID.getBytes(StandardCharsets.UTF_8));
            update(sha, Long.toString(date.getEpochSecond()).getBytes(StandardCharsets.UTF_8));
            if (!fonts.isEmpty()) { // so that a study without fonts keeps the document ID it had before fonts were read
                update(sha, fonts.fingerprint().getBytes(StandardCharsets.UTF_8));
            }
            if (lineNumbers) { // likewise: a PDF without line numbers keeps its ID
                update(sha, "line numbers".getBytes(StandardCharsets.UTF_8));
            }
            update(sha, xhtml.getBytes(StandardCharsets.UTF_8));
            for (Attachment a : attachments) {
                update(sha, (a.fileName() + "\n" + a.mimeType() + "\n" + a.description() + "\n" + a.relationship())
                        .getBytes(StandardCharsets.UTF_8));
                update(sha, a.content());
            }
            return sha.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }

    /** A length prefix keeps the fields apart: no two inputs hash alike by moving bytes between fields. */
    private static void update(MessageDigest sha, byte[] bytes) {
        long n = bytes.length;
        for (int shift = 56; shift >= 0; shift -= 8) {
            sha.update((byte) (n >>> shift));
        }
        sha.update(bytes);
    }

    /** The sRGB IEC61966-2.1 profile of the JDK, the PDF/A output intent. */
    private static final class Srgb {
        static final byte[] PROFILE = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
    }

    /** openhtmltopdf's log, switched off: its messages are collected per render. */
    private static final class SilentLogger implements XRLogger {
        @Override
        public void log(String where, Level level, String msg) {
        }

        @Override
        public void log(String where, Level level, String msg, Throwable th) {
        }

        @Override
        public void setLevel(String logger, Level level) {
        }

        @Override
        public boolean isLogLevelEnabled(Diagnostic diagnostic) {
            return false;
        }
    }
}
