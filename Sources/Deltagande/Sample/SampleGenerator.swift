import Foundation

/// `deltagande sample`: deterministic synthetic input in the real export shapes, with the noise
/// real exports have, at any size (issue 9). Everyone is invented; every domain ends `.example`.
public struct SampleGenerator {
    public var persons: Int
    public var sessions: Int
    public var seed: UInt64

    public init(persons: Int, sessions: Int, seed: UInt64) {
        self.persons = persons
        self.sessions = sessions
        self.seed = seed
    }

    static let areas = ["Jord, skog och vatten", "Upplevelser", "Hållbar energi", "Digitala lösningar"]
    static let phases = ["Dialog", "Vision", "Mobilisering", "Handlingsplan"]
    static let firstNames = [
        "Anna", "Erik", "Maria", "Lars", "Karin", "Per", "Eva", "Nils", "Sara", "Olof", "Ingrid", "Jonas", "Åsa",
        "Örjan", "Märta", "Björn", "Linnea", "Gustav", "Elin", "Mats",
    ]
    static let lastNames = [
        "Andersson", "Berg", "Ceder", "Dahl", "Ek", "Fors", "Holm", "Lind", "Nord", "Sjöberg", "Ström", "Åberg",
        "Öhman", "Jönsson", "Bäck", "Fjäll", "Lundqvist", "Vik", "Hed", "Myr",
    ]
    static let municipalities = [
        "Östersund", "Östersund", "Östersund", "Krokom", "Åre", "Åre", "Strömsund", "Berg", "Härjedalen", "Bräcke",
        "Ragunda", "Sundsvall",
    ]
    static let orgWords = [
        "Fjäll", "Skog", "Vatten", "Energi", "Data", "Turism", "Mat", "Sjö", "Berg", "Norr", "Jämt", "Kraft",
    ]

    struct Org {
        var name: String; var number: String; var sector: String; var municipality: String; var domain: String
    }
    struct Person { var first: String; var last: String; var email: String; var org: Int; var gender: String }
    struct SessionInfo {
        var id: String; var label: String; var area: String; var phase: String; var date: CalendarDate;
        var mode: String; var capacity: Int?
    }

    /// Writes the sample into `folder` (created if needed); returns the number of files written.
    @discardableResult
    public func write(to folder: URL) throws -> Int {
        var random = SplitMix64(seed: seed)
        let manager = FileManager.default
        for sub in ["registrations", "attendance", "feedback"] {
            try manager.createDirectory(at: folder.appendingPathComponent(sub), withIntermediateDirectories: true)
        }
        var files = 0
        func save(_ text: String, _ path: String, encoding: String.Encoding = .utf8, bom: [UInt8] = []) throws {
            var data = Data(bom)
            data.append(text.data(using: encoding, allowLossyConversion: true) ?? Data())
            try data.write(to: folder.appendingPathComponent(path))
            files += 1
        }

        // Organisations: about one per 20 persons.
        let orgCount = max(8, persons / 20)
        var orgs: [Org] = []
        for index in 0..<orgCount {
            let kind = random.below(20)
            let word =
                random.pick(Self.orgWords) + random.pick(["bygd", "kraft", "tjänst", "konsult", "gruppen", "partner"])
            let (name, sector, group): (String, String, Int) =
                kind < 11
                ? ("\(word) \(index) AB", "näringsliv", 5)
                : kind < 15
                    ? ("\(random.pick(Self.municipalities)) förvaltning \(index)", "offentlig sektor", 2)
                    : kind < 17
                        ? ("Högskola \(index)", "akademi", 2)
                        : ("\(word)föreningen \(index)", "civilsamhälle", 8)
            orgs.append(
                Org(
                    name: name, number: Self.orgNumber(group: group, serial: index), sector: sector,
                    municipality: random.pick(Self.municipalities), domain: "org\(index).example"))
        }
        var register = "namn;alias;org_number;sektor;kommun;e-postdomän\n"
        for org in orgs.prefix(orgCount * 3 / 4) {
            register += "\(org.name);;\(org.number);\(org.sector);\(org.municipality);\(org.domain)\n"
        }
        try save(register, "organisations.csv")

        // Sessions: areas in turn, phases in blocks, dates from 2020 onwards.
        var programme: [SessionInfo] = []
        var csv = "id,label,area,phase,date,start,end,mode,venue,capacity\n"
        for index in 0..<sessions {
            let area = Self.areas[index % 4]
            let phase = Self.phases[(index / 4) % 4]
            let date = CalendarDate(dayNumber: CalendarDate(year: 2020, month: 1, day: 7)!.dayNumber + index * 2)
            let mode = index % 5 == 1 ? "hybrid" : index % 7 == 3 ? "in_room" : "remote"
            let capacity = mode == "remote" ? nil : 20 + random.below(40)
            let info = SessionInfo(
                id: "s\(index)", label: "\(phase): \(area) \(date)", area: area, phase: phase, date: date, mode: mode,
                capacity: capacity)
            programme.append(info)
            csv +=
                "\(info.id),\"\(info.label)\",\"\(area)\",\(phase),\(date),09:00,12:00,\(mode),Hus U,\(capacity.map(String.init) ?? "")\n"
        }
        try save(csv, "sessions.csv")

        // Persons and their registrations: about 2.6 sessions each, in rows of up to three.
        var people: [Person] = []
        for index in 0..<persons {
            let first = random.pick(Self.firstNames)
            let last = random.pick(Self.lastNames)
            let org = random.below(orgCount)
            people.append(
                Person(
                    first: first, last: last,
                    email:
                        "p\(index).\(last.lowercased().folding(options: .diacriticInsensitive, locale: nil))@\(orgs[org].domain)",
                    org: org, gender: random.pick(["Kvinna", "Man", "Kvinna", "Man", "", "Vill ej ange"])))
        }
        let registrationFiles = max(1, sessions / 4)
        var registrationTexts = Array(
            repeating:
                "Tidsstämpel;Förnamn;Efternamn;E-post;Organisation;Organisationsnummer;Sektor;Kommun;Kön;Möten;Deltagande;Status\r\n",
            count: registrationFiles)
        var registered: [[Int]] = Array(repeating: [], count: sessions)
        for (index, person) in people.enumerated() {
            let count = 1 + random.below(4) + (random.chance(0.1) ? 1 : 0)
            let home = random.below(sessions)
            var chosen: [Int] = []
            for step in 0..<count {
                let session = (home + step * (1 + random.below(3))) % sessions
                if !chosen.contains(session) { chosen.append(session) }
            }
            for session in chosen { registered[session].append(index) }
            let org = orgs[person.org]
            let spelling = random.chance(0.2) ? org.name.replacingOccurrences(of: " AB", with: "") : org.name
            let number = random.chance(0.5) ? org.number : ""
            var rows: [[Int]] = []
            var rest = chosen
            while !rest.isEmpty { rows.append(Array(rest.prefix(3))); rest = Array(rest.dropFirst(3)) }
            for (rowIndex, row) in rows.enumerated() {
                let file = row[0] * registrationFiles / sessions
                let labels = row.map { random.chance(0.5) ? programme[$0].id : programme[$0].label }
                let mode = programme[row[0]].mode == "hybrid" ? random.pick(["På plats", "Via länk"]) : ""
                let email = random.chance(0.005) ? "ogiltig.\(index).example" : person.email
                let stamp = "\(programme[row[0]].date) 0\(rowIndex % 9):\(10 + random.below(49))"
                let sessionsCell =
                    random.chance(0.003) ? labels.joined(separator: ";") + ";Okänt möte" : labels.joined(separator: ";")
                registrationTexts[file] +=
                    "\(stamp);\(person.first);\(person.last);\(email);\(spelling);\(number);\(org.sector);\(org.municipality);\(person.gender);\"\(sessionsCell)\";\(mode);\r\n"
                if random.chance(0.03) {
                    // A re-submission or a cancellation a little later.
                    let status = random.chance(0.3) ? "avbokad" : ""
                    registrationTexts[file] +=
                        "\(programme[row[0]].date) 1\(rowIndex % 9):\(10 + random.below(49));\(person.first);\(person.last);\(email);\(spelling);\(number);\(org.sector);\(org.municipality);\(person.gender);\"\(sessionsCell)\";\(mode);\(status)\r\n"
                }
            }
        }
        for (index, text) in registrationTexts.enumerated() {
            try save(text, String(format: "registrations/anmalningar_%04d.csv", index), encoding: .windowsCP1252)
        }

        // Attendance: a sign-in sheet per room session, Teams reports for a share of remote ones,
        // remote lists for the rest; about 85 % of registrants come, and a few walk in.
        var feedback = "Tidsstämpel;Möte;Helhetsbetyg;Rekommendera;Kommentar\r\n"
        var feedbackFiles = 0
        for (index, session) in programme.enumerated() {
            var attendees = registered[index].filter { _ in random.chance(0.85) }
            for _ in 0..<(registered[index].count / 20) { attendees.append(random.below(persons)) }
            if session.mode != "remote" || index % 3 != 0 {
                var sheet = "Namn;E-post;Organisation;Deltagande;Varaktighet;Närvarande\r\n"
                for person in attendees {
                    let p = people[person]
                    let mode =
                        session.mode == "remote"
                        ? "Digitalt" : session.mode == "hybrid" && random.chance(0.4) ? "Via länk" : "På plats"
                    sheet +=
                        "\(p.first) \(p.last);\(p.email);\(orgs[p.org].name);\(mode);\(60 + random.below(120));x\r\n"
                }
                try save(sheet, "attendance/\(session.id).csv", bom: [0xEF, 0xBB, 0xBF])
            } else {
                try save(
                    Self.teamsReport(session, attendees.map { people[$0] }, &random),
                    "attendance/Narvarorapport \(session.id).csv",
                    encoding: .utf16LittleEndian, bom: [0xFF, 0xFE])
            }
            for person in attendees where random.chance(0.2) {
                let comment =
                    random.chance(0.3)
                    ? "Bra möte, mejla mig på \(people[person].email)" : random.chance(0.5) ? "Mer tid för frågor" : ""
                feedback +=
                    "\(session.date) 15:00;\(session.id);\(1 + random.below(5));\(random.below(11));\(comment)\r\n"
            }
            if feedback.utf8.count > 4_000_000 || index == programme.count - 1 {
                try save(feedback, String(format: "feedback/utvardering_%03d.csv", feedbackFiles))
                feedbackFiles += 1
                feedback = "Tidsstämpel;Möte;Helhetsbetyg;Rekommendera;Kommentar\r\n"
            }
        }
        return files
    }

    /// Teams' numbered layout as downloaded, with an organiser row and `(Guest)` suffixes.
    static func teamsReport(_ session: SessionInfo, _ attendees: [Person], _ random: inout SplitMix64) -> String {
        let date = session.date
        let day = "\(date.month)/\(date.day)/\(date.year % 100)"
        var lines = [
            "1. Summary", "Meeting title\t\(session.label)", "Attended participants\t\(attendees.count + 1)",
            "Start time\t\(day), 8:58:02 AM", "End time\t\(day), 12:01:40 PM", "Meeting duration\t3h 3m 38s", "",
            "2. Participants",
            "Name\tFirst Join\tLast Leave\tIn-Meeting Duration\tEmail\tParticipant ID (UPN)\tRole",
            "Värd Värdsson\t\(day), 8:58:02 AM\t\(day), 12:01:40 PM\t3h 3m 38s\tvard@region.example\tvard@region.example\tOrganizer",
        ]
        for person in attendees {
            let minutes = 20 + random.below(160)
            let suffix = random.chance(0.1) ? " (Guest)" : ""
            lines.append(
                "\(person.first) \(person.last)\(suffix)\t\(day), 9:0\(random.below(10)):13 AM\t\(day), 11:\(10 + random.below(49)):02 AM\t\(minutes / 60)h \(minutes % 60)m \(random.below(60))s\t\(person.email)\t\(person.email)\tAttendee"
            )
        }
        lines += ["", "3. In-Meeting Activities", "Name\tJoin Time\tLeave Time\tDuration\tEmail\tRole"]
        return lines.joined(separator: "\r\n") + "\r\n"
    }

    /// A valid organisation number with the given group digit.
    static func orgNumber(group: Int, serial: Int) -> String {
        var digits =
            [group, 5 + serial % 4, 2 + (serial / 4) % 7]
            + String(format: "%06d", serial % 1_000_000).compactMap { $0.wholeNumberValue }
        var sum = 0
        for (index, digit) in digits.enumerated() {
            var value = index % 2 == 0 ? digit * 2 : digit
            if value > 9 { value -= 9 }
            sum += value
        }
        digits.append((10 - sum % 10) % 10)
        let text = digits.map(String.init).joined()
        return String(text.prefix(6)) + "-" + String(text.suffix(4))
    }
}
