import Foundation
import Testing

@testable import Deltagande

/// Rows kept with interned texts come back exactly as the readers gave them (issue 9).
@Suite struct RowStoreTests {
    static func registration(_ line: Int, _ email: String, _ name: String?, _ org: String?, _ sessions: [Int])
        -> RegistrationRow
    {
        RegistrationRow(
            row: RowID(file: 1, line: line), submitted: nil, name: name, email: email,
            organisation: OrganisationMention(text: org, number: org == nil ? nil : .invalid), gender: .woman,
            sessions: sessions, mode: .remote, cancelled: line == 3)
    }

    @Test func mergedFilesKeepEveryRowAndShareTheirTexts() {
        let first = [
            Self.registration(2, "anna@a.example", "Anna A", "Alfa AB", [0, 2]),
            Self.registration(3, "bo@b.example", nil, nil, [1]),
        ]
        let second = [
            Self.registration(2, "bo@b.example", "Bo B", "Alfa AB", [2]),
            Self.registration(4, "cia@c.example", "Anna A", nil, []),
        ]
        var one = RowStore.forOneFile()
        first.forEach { one.add($0) }
        var two = RowStore.forOneFile()
        second.forEach { two.add($0) }
        var all = RowStore()
        all.merge(taking: &one)
        all.merge(taking: &two)
        let expected = first + second
        #expect(all.registrationCount == 4)
        for (index, row) in expected.enumerated() {
            let back = all.registrationRow(index)
            #expect(back.email == row.email)
            #expect(back.name == row.name)
            #expect(back.organisation == row.organisation)
            #expect(back.sessions == row.sessions)
            #expect(back.row == row.row)
            #expect(back.cancelled == row.cancelled)
        }
        // One number per distinct text across files: bo@ is one person, "Anna A" one name, and
        // the two mentions (Alfa AB and the empty one) are held once each.
        #expect(all.emails.count == 3)
        #expect(all.names.count == 2)
        #expect(all.mentions.count == 2)
        #expect(all.registrations[1].person == all.registrations[2].person)
    }

    @Test func attendanceRowsComeBackWhole() {
        let row = AttendanceRow(
            row: RowID(file: 2, line: 7), session: 3, source: .teams, name: nil, email: nil, dialIn: "46701234567",
            organisation: OrganisationMention(), mode: .remote, present: true, seconds: 120, join: nil, leave: nil,
            isHost: false, continuesEarlierRow: true)
        var part = RowStore.forOneFile()
        part.add(row)
        var all = RowStore()
        all.add(
            AttendanceRow(
                row: RowID(file: 1, line: 2), session: 0, source: .signIn, name: "Eva E", email: "eva@e.example",
                dialIn: nil, organisation: OrganisationMention(text: "Beta"), mode: .inRoom, present: false,
                seconds: nil, join: nil, leave: nil, isHost: true))
        all.merge(taking: &part)
        let back = all.attendanceRow(1)
        #expect(back.dialIn == "46701234567")
        #expect(back.email == nil && back.name == nil)
        #expect(back.session == 3 && back.seconds == 120 && back.continuesEarlierRow)
        #expect(all.attendanceRow(0).email == "eva@e.example")
        #expect(all.attendanceRow(0).organisation.text == "Beta")
    }

    @Test func tablesNumberTextsInFirstSeenOrderLikeADictionaryOfTheirBytes() {
        var random = SplitMix64(seed: 91)
        let pieces = ["a", "b", "ö", "o\u{0308}", " ", "AB", "långt namn på en organisation", ""]
        var table = TextTable<String>()
        var reference: [[UInt8]: Int32] = [:]
        var file = TextTable<String>()
        for _ in 0..<20_000 {
            let text = (0..<random.below(4)).map { _ in random.pick(pieces) }.joined()
            let expected = reference[Array(text.utf8)] ?? Int32(reference.count)
            reference[Array(text.utf8)] = expected
            #expect(table.id(text) == expected)
            _ = file.appendUnchecked(text)
        }
        #expect(table.count == reference.count)
        // A file's listing merged into an empty table numbers the same texts the same way.
        var merged = TextTable<String>()
        var taken = file
        let map = merged.merge(taking: &taken)
        #expect(merged.values == table.values)
        #expect(map.enumerated().allSatisfy { merged[$0.element].hasSameBytes(as: file[Int32($0.offset)]) })
        // The merged table took the values: the listing it was given is left empty.
        #expect(taken.count == 0)
    }

    @Test func tablesTellTextsApartByTheirBytes() {
        var table = TextTable<String>()
        let first = table.id("Åsa Öst")
        #expect(table.id("Åsa Öst") == first)
        #expect(table.id("åsa öst") != first)
        // Decoded input is NFC, so only a decomposed spelling made by hand is a different text here.
        #expect(table.id("A\u{030A}sa Öst") != first)
        #expect(table.count == 3)
        #expect(table.id(of: "Åsa Öst") == first)
    }
}

@Suite struct CompactFiguresTests {
    @Test func secondsAndOrganisationsSurviveTheirSmallerStorage() {
        for seconds in [nil, 0, 1, -1, -1_800, 3_600, Int(Int32.max), Int(Int32.max) + 5] as [Int?] {
            let attendance = Attendance(mode: .remote, seconds: seconds, organisation: seconds == nil ? nil : 7)
            let expected = seconds.map { min($0, Int(Int32.max)) }
            #expect(attendance.seconds == expected)
            #expect(attendance.organisation == (seconds == nil ? nil : 7))
            var changed = attendance
            changed.seconds = (changed.seconds ?? 0) + 10
            #expect(changed.seconds == (expected ?? 0) + 10 || expected == Int(Int32.max))
        }
        #expect(ActiveRegistration(mode: .inRoom, organisation: nil).organisation == nil)
        #expect(ActiveRegistration(mode: .inRoom, organisation: 0).organisation == 0)
    }
}

@Suite struct FilePartLedgerTests {
    @Test func aFilesPartHoldsOnlyItsOwnAccountAtItsIndex() {
        let files = ["a.csv", "b.csv", "c.csv"].enumerated().map { index, name in
            InputFile(
                kind: .registrations, path: "registrations/\(name)", publicName: "registrations/\(index + 1).csv",
                url: URL(fileURLWithPath: "/x/\(name)"), skipReason: nil)
        }
        var part = RowLedger(accountOf: 2, in: files)
        #expect(part.accounts.indices == 2..<3)
        part.read(2, rows: 3)
        part.accept(2)
        part.reject(RowID(file: 2, line: 4), reason: "e-mail is empty", raw: "")
        var run = RowLedger(files: files)
        run.accounts[2] = part.accounts[2]
        #expect(run.accounts.map(\.rowsRead) == [0, 0, 3])
        #expect(run.accounts[2].accepted == 1 && run.accounts[2].rejected == 1)
    }
}

@Suite struct TextMemoTests {
    @Test func eachDistinctTextIsComputedOnce() {
        var memo = TextMemo<Int>()
        var computed: [String] = []
        for text in ["s1;s2", "s3", "s1;s2", "", "s3", ""] {
            let result = memo.result(for: text) { text in
                computed.append(text)
                return text.count
            }
            #expect(result == text.count)
        }
        #expect(computed == ["s1;s2", "s3", ""])
    }
}
