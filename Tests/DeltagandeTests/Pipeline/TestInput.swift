import Foundation

@testable import Deltagande

/// A throw-away input folder built from the reference examples plus small hand-written files.
struct TestInput {
    let root: URL

    init(files: [String: String] = [:], examples: [String: String] = TestInput.standardExamples) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("deltagande-\(UUID().uuidString)")
        let input = root.appendingPathComponent("input")
        for folder in ["registrations", "attendance", "feedback"] {
            try FileManager.default.createDirectory(
                at: input.appendingPathComponent(folder), withIntermediateDirectories: true)
        }
        for (target, example) in examples {
            try Fixtures.data("examples/\(example)").write(to: input.appendingPathComponent(target))
        }
        for (path, text) in files {
            try Data(text.utf8).write(to: input.appendingPathComponent(path))
        }
    }

    var input: URL { root.appendingPathComponent("input") }
    var output: URL { root.appendingPathComponent("reports") }

    func options(period: Period = .all, language: Language = .swedish) -> ReportOptions {
        var options = ReportOptions(input: input, output: output)
        options.period = period
        options.language = language
        options.fixedDate = Date(timeIntervalSince1970: 1_795_000_000)
        return options
    }

    func remove() { try? FileManager.default.removeItem(at: root) }

    /// The three real Teams layouts and a Zoom report, as downloaded.
    static let standardExamples = [
        "attendance/teams_2020.csv": "teams_2020_meetingAttendanceList_en-US.csv",
        "attendance/teams_2021.csv": "teams_2021_meetingAttendanceReport_en.csv",
        "attendance/teams_2023.csv": "teams_2023_attendance_report_en-US.csv",
    ]

    /// Sessions the examples' reports fall into: by title (2021, 2023) and by start time (2020).
    static let sessions = """
        id,label,area,phase,date,start,end,mode,venue,capacity
        samrad-2024,"Samrådsmöte besöksnäring – Jämtland Härjedalen",Upplevelser,Samråd,2024-03-12,09:00,11:30,hybrid,Hus U,2
        samrad-2021,"Samrådsmöte besöksnäring, Jämtland Härjedalen",Upplevelser,Dialog,2021-10-05,09:00,11:30,remote,,
        event-2021,Digital dialog mars,Digitala lösningar,Dialog,2021-03-09,10:00,11:00,remote,,
        hp-energi,Handlingsplan energi,Hållbar energi,Handlingsplan,2024-04-02,09:00,12:00,remote,,

        """

    /// Registrations with personal data everywhere and text that looks like formulas.
    static let registrations = """
        Tidsstämpel;Förnamn;Efternamn;E-post;Organisation;Organisationsnummer;Kommun;Möten;Deltagande;Status
        2024-02-20 14:03;Åsa;Lindqvist-Öberg;asa.lindqvist-oberg@ostersund.example;Östersunds kommun;212000-9994;Östersund;"Samrådsmöte besöksnäring – Jämtland Härjedalen;Handlingsplan energi";På plats;
        2024-02-21 08:15;Örjan;Bäckström;orjan.backstrom@krokom.example;"=HYPERLINK(""https://phish.example/x"";""Läs mer"")";769000-0125;Krokom;samrad-2024;På plats;
        2024-02-22 19:47;Märta;Engström;marta@fjallgarden.example;Engström Fjällgården;121212-1212;Åre;samrad-2024;Via länk;
        2024-02-23 09:00;Karin;Jönsson;karin.jonsson@are.example;+46 Konsult AB;;Åre;samrad-2024;;
        2024-02-24 09:00;Karin;Jönsson;karin.jonsson@are.example;+46 Konsult AB;;Åre;samrad-2024;;avbokad
        2024-02-25 10:00;Nils;Holm;nils.holm@mittuniversitetet.example;Mittuniversitetet;;Östersund;Okänt möte;;
        2024-02-25 10:00;Ola;Berg;ola.berg@invalid;Berg Skog AB;;Berg;samrad-2024;;

        """

    /// Feedback whose comments hold personal data and formula-like text.
    static let feedback = """
        Möte;Helhetsbetyg;Rekommendera;Kommentar
        samrad-2024;5;10;"=HYPERLINK(""https://phish.example/x"";""Läs mer"")"
        samrad-2024;4;8;@Åre: vi ansluter via Teams
        samrad-2024;3;6;-- inget --
        samrad-2024;4,5;;Ring mig på 070-123 45 67 eller skriv till asa.lindqvist-oberg@ostersund.example
        samrad-2024;6;;betyg utanför skalan

        """
}
