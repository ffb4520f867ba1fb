import Foundation

/// The whole job: read, resolve, compute, render, guard, publish (SPEC 2–5).
public enum ReportRun {
    /// The files a run publishes.
    public struct Result: Sendable {
        public var folder: URL
        public var files: [URL]
        public var metrics: Metrics
        public var timings: StageTimings
    }

    public static func run(_ options: ReportOptions) throws -> Result {
        var timings = StageTimings()
        options.progress?("reading the exports")
        // Each stage's input is let go as soon as the next has what it needs: the rows once
        // resolved (they live only in `readAndResolve`), the per-session tables once the figures
        // are computed. Peak memory is then the largest stage's, not their sum. (Their memory is
        // not handed back to the system here: the writing stages reuse it, and the resolver's
        // peak is the run's on every size measured. The read rows are freed on another thread
        // while the figures are computed, which stays below that peak.)
        var maskedComments: [String] = []
        // Optional so that it can be moved out at the end (`consume` is refused for a variable a
        // closure captures).
        var records: Resolved? = try readAndResolve(options, timings: &timings, maskedComments: &maskedComments)
        options.progress?("computing the figures")
        let figures = timings.measure("compute") { MetricsCalculator.report(records!, period: options.period) }
        records!.registrations = []
        records!.attendance = []
        let (metrics, previous, toDate) = (figures.metrics, figures.previous, figures.toDate)
        options.progress?("writing the report")
        let published = try write(
            metrics: metrics, previous: previous, toDate: toDate, resolved: records!,
            maskedComments: maskedComments, options: options, timings: &timings)
        // The records (a large run's tables of people, sessions and organisations) are done with:
        // freed on another thread rather than by this one on its way out (25 ms on a large run).
        ReleaseMemory.inBackground(records.take())
        return Result(folder: published.folder, files: published.files, metrics: metrics, timings: timings)
    }

    /// The resolved records, and the period's comments masked for the workbook: they need no
    /// matched identity, so they are masked on a core the resolver leaves idle.
    static func readAndResolve(
        _ options: ReportOptions, timings: inout StageTimings, maskedComments: inout [String]
    ) throws -> Resolved {
        let ingested = try timings.measure("read") { try Ingest.read(folder: options.input) }
        ReleaseMemory.toSystem()
        let problems = ingested.fileErrors
        if !problems.isEmpty { throw ReportError.unusableInput(problems) }
        options.progress?("matching people and organisations")
        let guardian = PersonalDataGuard(names: ingested.rows.names.values)
        let (language, period) = (options.language, options.period)
        let (records, (feedback, masked)) = timings.measure("resolve") {
            Concurrently.run(
                // The survey rows, joined on the other core, are handed over at the end.
                { Resolver.resolve(ingested, guardian: guardian, feedback: []) },
                {
                    // The survey files' rows are joined, and the period's comments picked out, on
                    // this core: 200,000 feedback rows took 60 ms on the main thread before the
                    // resolver started.
                    let feedback = ingested.feedback
                    let comments = MetricsCalculator.comments(feedback, programme: ingested.programme, period: period)
                        .map(\.text)
                    return (feedback, WorkbookBuilder.maskedComments(comments, names: guardian, language: language))
                })
        }
        // The rows are done with: freed beside the figures rather than before them.
        ReleaseMemory.inBackground(consume ingested)
        maskedComments = masked
        var resolved = records
        resolved.feedback = feedback
        return resolved
    }

    static func write(
        metrics: Metrics, previous: Metrics?, toDate: Metrics?, resolved: Resolved, maskedComments: [String]?,
        options: ReportOptions, timings: inout StageTimings
    ) throws -> (folder: URL, files: [URL]) {
        let label = metrics.period.label
        let folder = options.output.appendingPathComponent(label)
        let folderExisted = FileManager.default.fileExists(atPath: folder.path)
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw ReportError.output("\(folder.path): cannot create the report folder")
        }
        let lock = try OutputLock(folder: folder)
        var published = false
        defer {
            // A first run that fails leaves no empty report folder behind.
            if !published && !folderExisted {
                unlink(folder.appendingPathComponent(OutputLock.fileName).path)
                rmdir(folder.path)
            }
            withExtendedLifetime(lock) {}
        }
        AtomicFile.removeLeftovers(in: folder)

        let now = options.fixedDate ?? Date()
        let generated = CalendarDate.utc(now)
        let english = options.language == .english
        let names = (
            workbook: "deltagande-\(label).xlsx",
            summary: (english ? "summary-" : "sammanfattning-") + "\(label).txt",
            json: "metrics-\(label).json",
            quality: "datakvalitet-\(label).csv"
        )
        let guardian = resolved.personalDataGuard
        let language = options.language
        let builder = WorkbookBuilder(
            metrics: metrics, generated: generated, created: now, language: options.language,
            suppression: options.suppression, author: options.author, names: guardian,
            maskedComments: maskedComments)
        // The feedback sheet (a large run's comments) is built on the other core while this one
        // renders the JSON tree, the summary and the other sheets, and on into the workbook write:
        // the writer takes it when its turn comes, after the sheets before it.
        let feedback = Pending { builder.feedbackSheet() }
        let (workbook, json, text) = timings.measure("render") {
            let json = MetricsJSON.document(
                metrics, previous: previous, toDate: toDate, suppression: options.suppression)
            let text = SummaryText(
                metrics: metrics, previous: previous, toDate: toDate, generated: generated, language: language,
                suppression: options.suppression
            ).render()
            // The feedback sheet's place holds its name until the writer asks for the sheet.
            let workbook = builder.build(feedback: {
                SheetDescription(name: builder.sheetNames[WorkbookBuilder.feedbackSheetIndex], cells: [])
            })
            return (workbook, json, text)
        }
        let lateFeedback = XLSXWriter.LateSheet(index: WorkbookBuilder.feedbackSheetIndex, sheet: { feedback.value })

        // Stage every file under a hidden temporary name, check them, then rename them into place.
        let workbookURL = folder.appendingPathComponent(names.workbook)
        let textURL = folder.appendingPathComponent(names.summary)
        let jsonURL = folder.appendingPathComponent(names.json)
        let qualityURL = folder.appendingPathComponent(names.quality)
        let finalURLs = [workbookURL, textURL, jsonURL, qualityURL]
        let stagedWorkbook = AtomicFile.temporaryURL(for: workbookURL)
        // Every temporary name is known beforehand, so whatever was staged is removed on failure.
        var staged = finalURLs.map(AtomicFile.temporaryURL(for:))
        defer { for url in staged { unlink(url.path) } }
        ReleaseMemory.toSystem()
        // The texts are checked while the workbook is written; the workbook once it is on disk.
        // The data-quality CSV, which only the analyst sees, is rendered on that core too, and the
        // three texts are staged there: they are published only once every check has passed.
        let (_, (textFindings, textsStaged)) = try timings.measure("xlsx") {
            try Concurrently.run(
                {
                    do {
                        try XLSXWriter.write(workbook, to: stagedWorkbook, late: lateFeedback)
                        try AtomicFile.sync(stagedWorkbook)
                    } catch let error as XLSXError {
                        throw ReportError.output(error.description)
                    } catch let error as OutputError {
                        throw ReportError.output(error.description)
                    }
                },
                {
                    let findings =
                        guardian.findings(in: text).map { "\(names.summary): \($0)" }
                        + guardian.findings(in: PersonalDataGuard.jsonStrings(json).joined(separator: "\n")).map {
                            "\(names.json): \($0)"
                        }
                    let quality = DataQualityCSV.render(
                        entries: resolved.ledger.entries, files: resolved.files,
                        accounts: resolved.ledger.accounts, language: language)
                    let texts = Swift.Result { () throws(OutputError) in
                        _ = try AtomicFile.stage(Data(text.utf8), for: textURL)
                        _ = try AtomicFile.stage(Data(json.serialisedBytes()), for: jsonURL)
                        // The data-quality CSV holds raw rows: personal data, for the analyst only.
                        _ = try AtomicFile.stage(Data(quality.utf8), for: qualityURL, permissions: 0o600)
                    }
                    return (findings, texts)
                })
        }
        // The workbook's description and the JSON tree are written: let go before the guard reads
        // the workbook back, which is when a large run's memory peaks.
        ReleaseMemory.inBackground((consume workbook, consume json, feedback))
        let guardStart = DispatchTime.now().uptimeNanoseconds
        var findings: [String] = []
        // A workbook the guard cannot read is not published unchecked.
        let workbookText: String
        do {
            workbookText = try PersonalDataGuard.workbookText(stagedWorkbook)
        } catch {
            throw ReportError.output("\(names.workbook): the written workbook could not be read back for checking")
        }
        findings += guardian.findingsOnEveryCore(in: workbookText).map { "\(names.workbook): \($0)" }
        findings += textFindings
        timings.record("guard", seconds: Double(DispatchTime.now().uptimeNanoseconds - guardStart) / 1e9)
        if !findings.isEmpty { throw ReportError.personalData(findings) }
        let publishStart = DispatchTime.now().uptimeNanoseconds
        defer { timings.record("publish", seconds: Double(DispatchTime.now().uptimeNanoseconds - publishStart) / 1e9) }

        do {
            try textsStaged.get()
            // Every file is whole on disk before the first rename: a failure up to here leaves the
            // previous report untouched.
            for (temporary, final) in zip(staged, finalURLs) {
                try AtomicFile.publish(temporary, as: final)
            }
            staged = []
            published = true
            try AtomicFile.sync(folder)
        } catch {
            throw ReportError.output(error.description)
        }
        // What was written is done with: freed while the caller finishes.
        ReleaseMemory.inBackground(consume workbookText)
        return (folder, finalURLs)
    }
}

extension CalendarDate {
    /// The UTC day of a moment: the generation date outputs show.
    static func utc(_ date: Date) -> CalendarDate {
        CalendarDate(dayNumber: Int((date.timeIntervalSince1970 / 86_400).rounded(.down)))
    }
}
