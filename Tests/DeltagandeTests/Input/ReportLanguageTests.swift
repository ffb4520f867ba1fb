import Foundation
import Testing

@testable import Deltagande

/// Reports in other UI languages and Zoom's other layouts are found by shape (SPEC 2.4, R17–R21).
@Suite struct ReportLanguageTests {
    func ingest(_ name: String, _ text: String, utf16: Bool = true) throws -> Ingested {
        let test = try TestInput(files: ["sessions.csv": TestInput.sessions], examples: [:])
        defer { test.remove() }
        var data = Data()
        if utf16 {
            data = Data([0xFF, 0xFE])
            data.append(text.data(using: .utf16LittleEndian) ?? Data())
        } else {
            data = Data(text.utf8)
        }
        try data.write(to: test.input.appendingPathComponent("attendance/\(name)"))
        return try Ingest.read(folder: test.input)
    }

    @Test func frenchMeetingSummaryWithDayFirstDatesAndSpacedDurations() throws {
        let report = [
            "Résumé de la réunion",
            "Nombre total de participants\t3",
            "Titre de la réunion\tRéunion Teams",
            "Heure de début de la réunion\t12/03/2024 à 08:58:02",
            "Heure de fin de la réunion\t12/03/2024 à 11:31:40",
            "",
            "Nom complet\tHeure d'arrivée\tHeure de départ\tDurée\tE-mail\tRôle",
            "Ingrid Fjällström\t12/03/2024 à 08:58:02\t12/03/2024 à 11:31:40\t2 h 33 min\tingrid@regionjh.example\tOrganisateur",
            "Åsa Lindqvist-Öberg (Invité)\t12/03/2024 à 09:01:13\t12/03/2024 à 10:06:16\t1 h 5 min 3 s\tasa@ostersund.example\tParticipant",
            "Karin Jönsson\t13/03/2024 à 00:10:00\t13/03/2024 à 00:20:00\t10 min\tkarin@are.example\tParticipant",
        ].joined(separator: "\n")
        let ingested = try ingest("rapport.csv", report)
        #expect(ingested.ledger.accounts.last?.layout == "teams-meeting-summary")
        let rows = ingested.attendance
        // The title matches nothing, so the start time decides: 12 March by the day-first order
        // that "13/03" proves.
        #expect(rows.count == 3)
        #expect(rows.allSatisfy { $0.session == 0 })
        #expect(rows.map(\.isHost) == [true, false, false])
        #expect(rows.map(\.seconds) == [9180, 3903, 600])
        #expect(rows[1].name == "Åsa Lindqvist-Öberg")
    }

    @Test func zoomNewPortalWithHostByName() throws {
        let report = """
            Topic,ID,Host,Duration (minutes),Start time,End time,Participants
            Handlingsplan energi,845 1234 5678,Ingrid Fjällström,180,04/02/2024 09:00:00 AM,04/02/2024 12:00:00 PM,3

            Name (original name),Email,Join time,Leave time,Duration (minutes),Guest,In waiting room
            Ingrid Fjällström,,04/02/2024 08:55:00 AM,04/02/2024 12:00:00 PM,185,No,No
            Nils Holm,nils@hus.example,04/02/2024 09:00:00 AM,04/02/2024 11:00:00 AM,120,Yes,No
            +46 70 123 45 67,,04/02/2024 09:10:00 AM,04/02/2024 09:40:00 AM,30,Yes,No

            """
        let ingested = try ingest("zoom.csv", report, utf16: false)
        #expect(ingested.ledger.accounts.last?.layout == "zoom")
        let rows = ingested.attendance
        #expect(rows.count == 3)
        #expect(rows.allSatisfy { ingested.programme.sessions[$0.session].id == "hp-energi" })
        #expect(rows.map(\.isHost) == [true, false, false])
        #expect(rows[2].dialIn == "46701234567")
        #expect(rows[2].name == nil)
        #expect(rows.map(\.seconds) == [185 * 60, 120 * 60, 30 * 60])
    }

    @Test func zoomUniqueUsersLayout() throws {
        let report = """
            Meeting ID,Topic,Start Time,End Time,User Email,Duration (Minutes),Participants,
            84512345678,Handlingsplan energi,04/02/2024 09:00:00 AM,04/02/2024 12:00:00 PM,ingrid@regionjh.example,180,2,

            Name (Original Name),User Email,Total Duration (Minutes),Guest
            Ingrid Fjällström,ingrid@regionjh.example,180,No
            Nils Holm,nils@hus.example,145,Yes

            """
        let ingested = try ingest("zoom.csv", report, utf16: false)
        let rows = ingested.attendance
        #expect(ingested.ledger.accounts.last?.layout == "zoom")
        #expect(rows.map(\.seconds) == [180 * 60, 145 * 60])
        #expect(rows.map(\.isHost) == [true, false])
        #expect(rows.allSatisfy { ingested.programme.sessions[$0.session].id == "hp-energi" })
    }
}
