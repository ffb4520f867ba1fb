import Foundation
import Testing

@testable import Deltagande

@Suite struct TimestampTextTests {
    @Test(arguments: [
        ("3/12/24, 9:01:13 AM", "2024-03-12 09:01:13"),
        ("13/04/2021 à 09:01:31", "2021-04-13 09:01:31"),
        ("2024/03/12 11:36:37 AM CET", "2024-03-12 11:36:37"),
        ("12.11.2020, 12:27:24", "2020-12-11 12:27:24"),
        ("11/22/22, 11:30:16\u{202F}PM", "2022-11-22 23:30:16"),
        ("2024-02-20 14:03", "2024-02-20 14:03:00"),
    ])
    func readsTheStampsTeamsAndExcelWrite(text: String, expected: String) throws {
        let stamp = try #require(TimestampText(text))
        #expect(stamp.resolved(stamp.provenOrder ?? .monthFirst)?.description == expected)
    }

    @Test func aTitleWithADateIsNoTimeStamp() {
        #expect(TimestampText("Dialog: Jord, skog och vatten 2020-01-07") == nil)
        #expect(TimestampText("4") == nil)
    }
}
