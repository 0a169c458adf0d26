package weft.render.html;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.Environment;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.ParseException;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.SimpleObjectWrapper;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;
import org.apache.commons.io.output.StringBuilderWriter;
import weft.diagnostics.Diagnostics;
import weft.diagnostics.SourcePosition;
import weft.words.Words;

/**
 * Renders Freemarker templates from the project's {@code templates/} folder, falling back to Weft's own.
 * Locked down: HTML auto-escaping, no {@code ?new} or {@code ?api}, and an object wrapper that only
 * knows maps, lists and plain values.
 */
public final class TemplateRenderer {

    private static final freemarker.template.Version VERSION = Configuration.VERSION_2_3_34;
    /** The name under which templates find the generated words of the article's language. */
    public static final String WORDS = "w";
    private final Configuration config;
    private final String templatesLabel;
    private final Path own;
    private final Optional<ProjectTemplateLoader> project;

    public TemplateRenderer(Path projectRoot) {
        this.config = new Configuration(VERSION);
        List<TemplateLoader> loaders = new ArrayList<>();
        this.own = projectRoot.resolve("templates");
        if (Files.isDirectory(own)) {
            try {
                this.project = Optional.of(new ProjectTemplateLoader(projectRoot));
            } catch (IOException e) {
                throw new IllegalStateException("cannot read " + own, e);
            }
            loaders.add(project.get());
        } else {
            this.project = Optional.empty();
        }
        loaders.add(new ClassTemplateLoader(TemplateRenderer.class, "/weft/templates"));
        MultiTemplateLoader loader = new MultiTemplateLoader(loaders.toArray(TemplateLoader[]::new));
        loader.setSticky(false); // a template added to the project's folder replaces Weft's own at once
        config.setTemplateLoader(loader);
        config.setDefaultEncoding("UTF-8");
        config.setOutputEncoding("UTF-8");
        config.setRecognizeStandardFileExtensions(true);
        config.setOutputFormat(HTMLOutputFormat.INSTANCE);
        config.setAutoEscapingPolicy(Configuration.ENABLE_IF_SUPPORTED_AUTO_ESCAPING_POLICY);
        config.setObjectWrapper(new SimpleObjectWrapper(VERSION));
        config.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        config.setAPIBuiltinEnabled(false);
        config.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        config.setLogTemplateExceptions(false);
        config.setWrapUncheckedExceptions(true);
        config.setFallbackOnNullLoopVariable(false);
        config.setLocale(Locale.ROOT);
        config.setTimeZone(TimeZone.getTimeZone("UTC"));
        config.setNumberFormat("computer");
        config.setLocalizedLookup(false);
        // a template is looked up once: a build that reuses this renderer asks isCurrent() first
        config.setTemplateUpdateDelayMilliseconds(Long.MAX_VALUE);
        this.templatesLabel = "templates";
    }

    /**
     * Whether the templates parsed so far are still those of the project, so that a later build may reuse this renderer:
     * its templates folder is still there (or still absent), and every template looked up in it has the content it had
     * (byte for byte: an edit within the file system's time resolution counts), is still missing, or still found.
     */
    public boolean isCurrent() {
        return Files.isDirectory(own) == project.isPresent() && project.map(ProjectTemplateLoader::unchanged).orElse(true);
    }

    /**
     * Renders {@code template} with {@code view} (a record) as its data model under {@code name}. Every failure,
     * a template that recurses without end included, is a diagnostic at the template's line and column.
     */
    public Optional<String> render(String template, String name, Object view, Diagnostics diagnostics) {
        return render(template, name, view, Words.english(), diagnostics);
    }

    /** As {@link #render(String, String, Object, Diagnostics)}, with the words of the article's language as {@code w}. */
    public Optional<String> render(String template, String name, Object view, Words words, Diagnostics diagnostics) {
        DepthLimit limit = new DepthLimit();
        try {
            Template t = config.getTemplate(template);
            StringBuilderWriter out = new StringBuilderWriter(8192); // a StringWriter's StringBuffer takes a lock per write
            Environment env = t.createProcessingEnvironment(Map.of(name, ViewModel.of(view), WORDS, words.templateModel()), out);
            env.setTemplateProcessingTracer(limit);
            env.process();
            return Optional.of(out.toString());
        } catch (ParseException e) {
            diagnostics.error(new SourcePosition(templatesLabel + "/" + template, e.getLineNumber(), e.getColumnNumber()),
                    "template syntax error: " + firstLine(e.getEditorMessage()).replaceFirst(",? but was expecting.*$", ""));
            forgetFailure();
        } catch (TemplateException e) {
            if (causedBy(e, DepthLimit.TooDeep.class)) {
                tooDeep(template, limit, diagnostics);
            } else {
                diagnostics.error(new SourcePosition(templatesLabel + "/" + (e.getTemplateSourceName() == null ? template : e.getTemplateSourceName()),
                        e.getLineNumber() == null ? 0 : e.getLineNumber(), e.getColumnNumber() == null ? 0 : e.getColumnNumber()),
                        "template error: " + firstLine(e.getMessageWithoutStackTop()));
                if (causedBy(e, IOException.class)) { // an included or imported template that failed to load or parse
                    forgetFailure();
                }
            }
        } catch (DepthLimit.TooDeep | StackOverflowError e) {
            tooDeep(template, limit, diagnostics);
        } catch (ProjectTemplateLoader.RefusedLink e) {
            diagnostics.error(SourcePosition.ofFile(e.link()), e.getMessage());
            forgetFailure();
        } catch (IOException | RuntimeException e) {
            diagnostics.error(SourcePosition.ofFile(templatesLabel + "/" + template), "cannot read template: " + e.getMessage());
            forgetFailure();
        }
        return Optional.empty();
    }

    /**
     * Drops what is cached after a template failed to load or parse: Freemarker keeps such a template as its failure,
     * and answers a later look-up with "an error on an earlier attempt" instead of the failure itself. Looked up again,
     * it fails again with the same diagnostic. (The build ends with errors, so only a failing build is slower.) Errors
     * while a parsed template runs are not cached, and drop nothing.
     */
    private void forgetFailure() {
        config.clearTemplateCache();
    }

    private void tooDeep(String template, DepthLimit limit, Diagnostics diagnostics) {
        SourcePosition at = limit.where()
                .map(e -> new SourcePosition(templatesLabel + "/" + e.getTemplate().getSourceName(), e.getBeginLine(), e.getBeginColumn()))
                .orElse(SourcePosition.ofFile(templatesLabel + "/" + template));
        diagnostics.error(at, "template error: instructions nested more than " + DepthLimit.MAX_DEPTH
                + " deep here: a macro or function that calls itself without end?");
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    /** A static file of the templates folder (a stylesheet, a script), as it is. */
    public Optional<byte[]> asset(String name, Diagnostics diagnostics) {
        try {
            Template t = config.getTemplate(name, Locale.ROOT, null, false);
            StringWriter out = new StringWriter();
            t.process(Map.of(), out);
            return Optional.of(out.toString().getBytes(StandardCharsets.UTF_8));
        } catch (ProjectTemplateLoader.RefusedLink e) {
            diagnostics.error(SourcePosition.ofFile(e.link()), e.getMessage());
        } catch (IOException | TemplateException | RuntimeException e) {
            diagnostics.error(SourcePosition.ofFile(templatesLabel + "/" + name), "cannot read template asset: " + e.getMessage());
        }
        forgetFailure();
        return Optional.empty();
    }

    /**
     * Where {@code text} first occurs in the templates {@code names}, in that order (each as the build reads it: the
     * project's, else Weft's own); the first template's file when none holds it.
     */
    public SourcePosition locate(String text, List<String> names) {
        for (String name : names) {
            String source = asset(name, new Diagnostics()).map(b -> new String(b, StandardCharsets.UTF_8)).orElse("");
            int at = source.indexOf(text);
            if (at >= 0) {
                String before = source.substring(0, at);
                int line = (int) before.chars().filter(c -> c == '\n').count() + 1;
                return new SourcePosition(templatesLabel + "/" + name, line, at - before.lastIndexOf('\n'));
            }
        }
        return SourcePosition.ofFile(templatesLabel + "/" + names.get(0));
    }

    private static String firstLine(String message) {
        String m = message.strip();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }
}
