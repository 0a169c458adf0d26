package weft.build;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;
import weft.cache.BuildCache;
import weft.cache.CodeFingerprint;
import weft.check.StudyChecker;
import weft.diagnostics.Diagnostics;
import weft.diagnostics.Severity;
import weft.diagnostics.SourcePosition;
import weft.diff.ImportedOnce;
import weft.diff.ImportedVersions;
import weft.diff.Review;
import weft.diff.UnreadableVersion;
import weft.diff.Versions;
import weft.diff.ReviewChanges;
import weft.model.FrameIndex;
import weft.model.Study;
import weft.prose.ProseRenderer;
import weft.privacy.NamesList;
import weft.privacy.PrivacyCheck;
import weft.publish.Manifest;
import weft.publish.OutputFiles;
import weft.publish.OutputGuard;
import weft.publish.OutputNames;
import weft.publish.OutputPublisher;
import weft.publish.TemporaryFolders;
import weft.publish.UnsafeOutput;
import weft.publish.UnsafeOutputException;
import weft.read.ContentImages;
import weft.read.ProjectFiles;
import weft.read.SchemaChecker;
import weft.read.StudyReader;
import weft.render.article.Article;
import weft.render.article.ArticleRenderer;
import weft.words.ProjectWords;
import weft.words.Words;
import weft.render.article.CitationsFactory;
import weft.render.cite.Bibliography;
import weft.render.html.TemplateRenderer;
import weft.render.pdf.StudyFonts;

/**
 * Builds a publication from a project folder. One instance can build many times (the parsers and schemas it holds are
 * reused, and the templates it parsed while the project's templates are unchanged, byte for byte); it keeps no other
 * state between builds.
 */
public final class Weft {

    private final StudyReader reader = new StudyReader(new SchemaChecker());
    private final StudyChecker checker = new StudyChecker();
    private final ProseRenderer prose = new ProseRenderer();
    private final ArticleRenderer articles = new ArticleRenderer(prose);
    private static final String PUBLICATION = "the publication";
    private static final String SITE_PAGES = "the site pages";
    /** A build that nothing cancels: what the methods without a cancellation pass. */
    public static final BooleanSupplier NEVER_CANCELLED = () -> false;

    private static final BuildCache.Opened NO_CACHE = new BuildCache.Opened(BuildCache.none(), Optional.empty());

    /** The template configurations of the projects built last, so that parsed templates are reused across builds. */
    private final Map<Path, TemplateRenderer> templates = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Path, TemplateRenderer> eldest) {
            return size() > PROJECTS_REMEMBERED;
        }
    });
    private static final int PROJECTS_REMEMBERED = 8;
    private CodeFingerprint code;
    private final OutputGuard guard;
    private final OutputPublisher publisher;

    /** A Weft that protects the home folder of the user running it. */
    public Weft() {
        this(OutputGuard.forCurrentUser());
    }

    /** A Weft whose output folders {@code guard} checks before anything is rendered or replaced. */
    public Weft(OutputGuard guard) {
        this.guard = guard;
        this.publisher = new OutputPublisher(guard);
    }

    /**
     * Reads, checks and renders the project, the PDF's layout included; writes nothing (it reuses what the build cache
     * the options name holds, and adds nothing to it).
     */
    public BuildResult render(Path project, BuildOptions options) {
        return render(project, options, true, openCache(project, options, Optional.empty()));
    }

    /**
     * Checks everything a build checks (reading, schemas, the study's checks, prose, citations, every template with the
     * print template) with the same diagnostics, but lays out no PDF and writes nothing. Its publication, when it
     * succeeded, is the one in memory without {@value OutputNames#PDF}.
     */
    public BuildResult validate(Path project, BuildOptions options) {
        return render(project, options, false, NO_CACHE);
    }

    /** Reads and checks the project and renders its article once, so that one later stage can run alone. */
    public PreparedStudy prepare(Path project, BuildOptions options) {
        Diagnostics diagnostics = new Diagnostics();
        Optional<Stages> stages = prepare(project, options, diagnostics, BuildCache.none(), Optional.empty());
        OutputFiles article = new OutputFiles();
        stages.ifPresent(s -> s.html(article, diagnostics));
        byte[] html = article.files().get(OutputNames.ARTICLE);
        return new PreparedStudy(stages, html == null ? new byte[0] : html, diagnostics);
    }

    private BuildResult render(Path project, BuildOptions options, boolean layOutPdf, BuildCache.Opened cache) {
        if (!options.markedUp()) {
            return render(project, options, layOutPdf, cache, Optional.empty());
        }
        // a QDA tool's file compared with is imported once: for the Changes page, and the earlier article marked against
        try (ImportedOnce compared = new ImportedOnce(project, new Versions(options.maxFileBytes()))) {
            return render(project, options, layOutPdf, cache, Optional.of(compared));
        }
    }

    private BuildResult render(Path project, BuildOptions options, boolean layOutPdf, BuildCache.Opened cache,
                               Optional<ImportedOnce> compared) {
        Diagnostics diagnostics = new Diagnostics();
        cache.refusal().ifPresent(why -> diagnostics.warning(SourcePosition.ofFile(
                options.cache().orElseThrow().toAbsolutePath().normalize().toString()),
                "the build cache is not used, the build makes everything again: " + why));
        Optional<Stages> stages = prepare(project, options, diagnostics, cache.cache(), compared);
        if (stages.isEmpty()) {
            return fail(diagnostics);
        }
        Stages stage = stages.get();
        OutputFiles publication = new OutputFiles();
        stage.manifest(publication);
        stage.html(publication, diagnostics);
        if (options.markedUp()) {
            markUp(project, stage, options, compared.orElseThrow(), publication, diagnostics);
        }
        if (!layOutPdf) { // the journal formats are written with the PDF: validate and the preview's quick pass skip them
            stage.evidence(publication, diagnostics);
            stage.checkPdf(diagnostics);
            stage.checkGlyphs(publication, diagnostics);
            stage.checklist(publication, Optional.empty(), diagnostics);
            OutputFiles pages = stage.sitePages(diagnostics);
            stage.checkAnonymity(publication, pages, diagnostics);
            return result(options, diagnostics, publication, pages);
        }
        // The PDF, the costliest stage, needs neither the evidence site nor the site pages: it is laid out on a thread
        // of its own while they are written, then everything is merged in the order of a sequential build.
        // a review copy's web page, marked up: the PDF and the Word document are marked as it is
        Optional<String> reviewCopy = options.markedUp() && !diagnostics.hasErrors()
                ? Optional.of(publication.text(OutputNames.ARTICLE)) : Optional.empty();
        PdfInBackground pdf = PdfInBackground.start(stage, diagnostics, reviewCopy);
        stage.checkGlyphs(publication, diagnostics);
        manuscripts(stage, publication, options.docx(), diagnostics, reviewCopy);
        stage.evidence(publication, diagnostics);
        Diagnostics siteDiagnostics = new Diagnostics();
        OutputFiles sitePages = stage.sitePages(siteDiagnostics);
        Map<String, Integer> pages = pdf.join(publication, diagnostics);
        stage.evidencePdf(publication, pages, diagnostics); // its places in the article with their pages
        stage.checklist(publication, Optional.of(pages), diagnostics);
        diagnostics.addAll(siteDiagnostics);
        stage.checkAnonymity(publication, sitePages, diagnostics);
        return result(options, diagnostics, publication, sitePages);
    }

    /** The JATS and, when {@code docx}, the Word document: for a study that rendered without errors. */
    private static void manuscripts(Stages stage, OutputFiles publication, boolean docx, Diagnostics diagnostics,
                                    Optional<String> reviewCopy) {
        if (!diagnostics.hasErrors()) {
            stage.manuscripts(publication, docx, diagnostics, reviewCopy);
        }
    }

    private static BuildResult result(BuildOptions options, Diagnostics diagnostics, OutputFiles publication,
                                      OutputFiles sitePages) {
        if (diagnostics.hasErrors() || (options.strict() && diagnostics.count(Severity.WARNING) > 0)) {
            return fail(diagnostics);
        }
        return new BuildResult(diagnostics.sorted(), diagnostics.summary(), Optional.of(publication), Optional.of(sitePages));
    }

    /**
     * The marked-up review copy: the article of the revision compared with, rendered from its coded data and prose
     * with this project's templates (so that only the content's changes show), and the article's changed passages
     * marked against it.
     */
    private void markUp(Path project, Stages stage, BuildOptions options, ImportedOnce compared, OutputFiles publication,
                        Diagnostics diagnostics) {
        if (stage.review().isEmpty()) {
            if (!diagnostics.hasErrors()) { // else the study's errors, or the revision's, stopped the comparison: said
                diagnostics.error(SourcePosition.ofFile("--marked-up"), "a marked-up review copy needs a revision to compare"
                        + " with: give --changes-since REVISION (or presentation.changesSince in coded-data/study.yaml)");
            }
            return;
        }
        String since = stage.review().get().since();
        Path copy = null;
        boolean file = ImportedVersions.isFile(project, since); // its coding imported into a copy of the study's
        try {
            if (file) { // imported for the Changes page already: the same copy
                Diagnostics reading = new Diagnostics();
                if (compared.read(project.resolve(since), since, reading).isEmpty()) {
                    diagnostics.error(SourcePosition.ofFile("--marked-up"), "'" + since + "' cannot be imported to compare"
                            + " with (" + reading.summary() + ")");
                    return;
                }
                copy = compared.folder().orElseThrow();
            } else {
                copy = TemporaryFolders.create("weft-marked-up-");
                new Versions(options.maxFileBytes()).export(project, since, List.of("coded-data", "content"), copy);
            }
            if (Files.isDirectory(project.resolve("templates"))) {
                TemporaryFolders.copyTree(project.resolve("templates"), copy.resolve("templates"));
            }
            PreparedStudy earlier = prepare(copy, options.changesSince(Optional.empty()).markedUp(false));
            if (!earlier.ready()) {
                diagnostics.error(SourcePosition.ofFile("--marked-up"), "the article of '" + since + "' cannot be rendered"
                        + " by this Weft (" + earlier.summary() + "), so the changes cannot be marked");
                return;
            }
            stage.markUp(publication, ReviewChanges.label(since), earlier.articleHtml());
        } catch (UnreadableVersion e) {
            diagnostics.error(SourcePosition.ofFile("--marked-up"), e.getMessage());
        } catch (IOException e) {
            diagnostics.error(SourcePosition.ofFile("--marked-up"), "cannot render the earlier article: " + e.getMessage());
        } finally {
            if (copy != null) {
                templates.remove(copy.toAbsolutePath().normalize());
            }
            if (!file && copy != null) { // the imported copy is deleted with the build
                TemporaryFolders.delete(copy);
            }
        }
    }

    /** Reads and checks the project and renders its article; empty when the project could not be read. */
    private Optional<Stages> prepare(Path project, BuildOptions options, Diagnostics diagnostics, BuildCache cache,
                                     Optional<ImportedOnce> compared) {
        ProjectFiles files = new ProjectFiles(project, options.maxFileBytes());
        files.checkLinks(diagnostics);
        // the study's fonts (megabytes each, parsed three ways) are read on another core while the study is read,
        // checked and its article rendered; their diagnostics join the build's when the stages need them
        Diagnostics fontDiagnostics = new Diagnostics();
        CompletableFuture<StudyFonts> fonts = CompletableFuture.supplyAsync(() -> StudyFonts.read(files, fontDiagnostics));
        StudyReader.Reading reading = reader.readWhatCan(files, diagnostics);
        Optional<Study> study = reading.study();
        if (study.isEmpty()) {
            checker.checkIds(reading.frame(), reading.quotes(), diagnostics);
            return Optional.empty();
        }
        FrameIndex full = new FrameIndex(study.get().frame(), study.get().quotes());
        checker.check(study.get(), full, diagnostics);
        Optional<Bibliography> bibliography = CitationsFactory.bibliography(files, diagnostics);
        java.util.Set<String> examples = weft.prose.ExampleLists.labels(java.util.stream.Stream.concat(
                study.get().sections().stream().map(weft.model.ProseSection::body),
                full.preorder().stream().flatMap(n -> n.narrative().stream())).toList());
        new PrivacyCheck(NamesList.read(options.namesFile(), project, diagnostics),
                key -> examples.contains(key) || bibliography.flatMap(b -> b.item(key)).isPresent())
                .check(study.get(), diagnostics);
        // an import's copies of what it replaced, a withdrawn participant's quotes among them, committed to the study's git
        weft.qda.CopiesInGit.committed(project).ifPresent(advice -> diagnostics.warning(
                SourcePosition.ofFile(weft.qda.ImportedFiles.PREVIOUS), advice));
        Words words = ProjectWords.of(study.get().info(), files, diagnostics);
        Anonymised anonymised = options.anonymous() ? Anonymised.of(study.get(), bibliography, words, diagnostics)
                : Anonymised.not(study.get(), bibliography);
        ProseRenderer.Quotes quotes = ProseRenderer.Quotes.of(words);
        ForAudience published = ForAudience.of(TypesetLabels.of(anonymised.study(), prose, quotes), options.audience(),
                diagnostics);
        study = Optional.of(published.study());
        FrameIndex index = published.index();
        Article article = articles.render(study.get(), index,
                CitationsFactory.forStudy(study.get(), anonymised.bibliography(), diagnostics, cache), words,
                new ContentImages(files), diagnostics);
        if (!options.docx()) {
            article = article.withView(article.view().withoutFormat(OutputNames.DOCX));
        }
        anonymised.checkFigures(article.images(), diagnostics);
        Optional<ReviewChanges> review = review(project, options, study.get(), published, quotes, compared, diagnostics);
        List<String> inputs = new java.util.ArrayList<>(published.inputs(files.allInputs()));
        article.images().forEach(image -> inputs.add(image.path())); // the figures the article shows, not every file there
        if (inputs.removeAll(article.withheldIn())) { // their prose describes a figure this build leaves out
            diagnostics.note(SourcePosition.ofFile(article.withheldIn().get(0)), "the PDF does not embed, nor the"
                    + " manifest list, " + String.join(", ", article.withheldIn()) + ": a figure there is withheld from a"
                    + " build for the audience '" + options.audience().written() + "'");
        }
        Manifest manifest = Manifest.of(project, anonymised.inputs(files, inputs, diagnostics), index,
                diagnostics).withFormats(OutputNames.formats(options.docx()));
        StudyFonts studyFonts = fonts.join();
        diagnostics.addAll(fontDiagnostics);
        return Optional.of(new Stages(project, study.get(), index, article, manifest, templatesOf(project), options, review,
                anonymised.bibliography(), studyFonts, cache, anonymised.identities()));
    }

    /**
     * What changed in the coding since the revision the build compares with ({@code --changes-since}, else
     * presentation.changesSince), for the evidence site; the older versions narrowed to the build's audience. An
     * anonymised copy leaves the changed sentences out: older versions' text is not anonymised.
     */
    private Optional<ReviewChanges> review(Path project, BuildOptions options, Study study, ForAudience published,
                                           ProseRenderer.Quotes quotes, Optional<ImportedOnce> compared,
                                           Diagnostics diagnostics) {
        Optional<String> since = options.changesSince().or(() -> Optional.of(study.info().presentation().changesSince())
                .filter(s -> !s.isEmpty()));
        if (since.isEmpty() || diagnostics.hasErrors()) {
            return Optional.empty();
        }
        SourcePosition at = options.changesSince().isPresent() ? SourcePosition.ofFile("--changes-since")
                : study.info().presentation().changesSinceAt();
        return new Review(options.maxFileBytes(), compared).of(project, since.get(), at, published.study(),
                options.audience(), older -> ForAudience.of(TypesetLabels.of(older, prose, quotes), options.audience(), new Diagnostics())
                        .study(), diagnostics)
                .map(r -> options.anonymous() ? r.withoutTexts() : r);
    }

    /**
     * Renders the project and, when that succeeded, replaces {@code output} with the new publication. An output folder
     * that {@link OutputGuard} refuses is refused before anything is rendered.
     */
    public BuildResult build(Path project, Path output, BuildOptions options) {
        return build(project, output, options, NEVER_CANCELLED);
    }

    /**
     * Builds as {@link #build(Path, Path, BuildOptions)} does, unless {@code cancelled} says so when the publication is
     * about to be written (a build daemon's client that went away: Ctrl-C): then the build fails, nothing is written and
     * the previous publication stays as it was.
     */
    public BuildResult build(Path project, Path output, BuildOptions options, BooleanSupplier cancelled) {
        Optional<UnsafeOutput> unsafe = guard.check(project, output, PUBLICATION);
        if (unsafe.isPresent()) {
            return BuildResult.refused(unsafe.get());
        }
        BuildCache.Opened cache = openCache(project, options, Optional.of(output));
        BuildResult result = render(project, options, true, cache);
        if (!result.succeeded()) {
            return result;
        }
        if (cancelled.getAsBoolean()) {
            return failAt(result, output, "the build was cancelled before it wrote anything: the previous publication stays"
                    + " as it was");
        }
        BuildResult written = write(result, result.publication().get(), output, PUBLICATION);
        if (written.succeeded()) {
            cache.cache().commit(); // the cache keeps what this build used, not what every earlier build made
        }
        return written;
    }

    /**
     * The build cache the options name, unless it is a place Weft must not write to (the project, its inputs, the
     * output folder) or not Weft's (a folder of other files): then the build runs without one, and says why.
     */
    private BuildCache.Opened openCache(Path project, BuildOptions options, Optional<Path> output) {
        if (options.cache().isEmpty()) {
            return NO_CACHE;
        }
        Path folder = options.cache().get();
        Optional<String> unsafe = guard.checkPlace(project, folder, "the build cache").map(UnsafeOutput::reason)
                .or(() -> output.flatMap(o -> OutputGuard.checkApart(o, folder, "the build cache")).map(UnsafeOutput::reason));
        if (unsafe.isPresent()) {
            return new BuildCache.Opened(BuildCache.none(), unsafe);
        }
        return BuildCache.open(folder, code());
    }

    /** The fingerprint of the code this Weft runs, made once (it reads the class path's entries). */
    private synchronized CodeFingerprint code() {
        if (code == null) {
            code = CodeFingerprint.of(Weft.class);
        }
        return code;
    }

    /**
     * Builds as {@link #build(Path, Path, BuildOptions)} does and, when that succeeded, also replaces {@code sitePages}
     * with the generated pages of the project site (the Maven Site Plugin's generated-site folder).
     */
    public BuildResult build(Path project, Path output, Path sitePages, BuildOptions options) {
        return build(project, output, sitePages, options, NEVER_CANCELLED);
    }

    /**
     * Builds as {@link #build(Path, Path, Path, BuildOptions)} does; {@code cancelled} is asked once, before the
     * publication is written, as {@link #build(Path, Path, BuildOptions, BooleanSupplier)} asks it: a build that wrote
     * the publication writes the site pages too.
     */
    public BuildResult build(Path project, Path output, Path sitePages, BuildOptions options, BooleanSupplier cancelled) {
        Optional<UnsafeOutput> unsafe = guard.check(project, output, PUBLICATION) // the publication's folder first
                .or(() -> guard.check(project, sitePages, SITE_PAGES))
                .or(() -> OutputGuard.checkApart(output, sitePages, SITE_PAGES));
        if (unsafe.isPresent()) {
            return BuildResult.refused(unsafe.get());
        }
        BuildResult result = build(project, output, options, cancelled);
        return result.succeeded() ? write(result, result.sitePages().get(), sitePages, SITE_PAGES) : result;
    }

    private BuildResult write(BuildResult result, OutputFiles files, Path folder, String what) {
        try {
            publisher.publish(files, folder, what);
            return result;
        } catch (UnsafeOutputException e) {
            return BuildResult.refused(e.unsafe());
        } catch (IOException e) {
            return failAt(result, folder, "cannot write " + what + ": " + weft.diagnostics.FileFailures.inWords(e));
        }
    }

    /** {@code result}'s diagnostics and an error about {@code folder}: a build that wrote nothing more. */
    private static BuildResult failAt(BuildResult result, Path folder, String error) {
        Diagnostics diagnostics = new Diagnostics();
        result.diagnostics().forEach(diagnostics::add);
        diagnostics.error(SourcePosition.ofFile(folder.toString()), error);
        return fail(diagnostics);
    }

    /**
     * The project's template configuration: the one of its last build while every template it parsed is still the
     * project's (its content compared), else a new one.
     */
    private TemplateRenderer templatesOf(Path project) {
        return templates.compute(project.toAbsolutePath().normalize(),
                (folder, last) -> last != null && last.isCurrent() ? last : new TemplateRenderer(folder));
    }

    private static BuildResult fail(Diagnostics diagnostics) {
        return new BuildResult(diagnostics.sorted(), diagnostics.summary(), Optional.empty());
    }
}
