import Foundation
import Testing

@testable import Deltagande

/// One organisation stays one, however its rows name it (SPEC 3, R31).
@Suite struct OrganisationUnificationTests {
    func organisations(registrations: String, register: String? = nil) throws -> [OrganisationFigures] {
        var files = [
            "sessions.csv": "id,area,date,mode\ns1,Upplevelser,2026-08-18,remote\n",
            "registrations/r.csv": registrations,
        ]
        if let register { files["organisations.csv"] = register }
        let test = try TestInput(files: files, examples: [:])
        defer { test.remove() }
        // Everyone registered also signs in, so every organisation attends.
        let emails = registrations.split(separator: "\n").dropFirst().compactMap {
            $0.split(separator: ";").dropFirst().first
        }
        let signIn = "E-post;Möte\n" + emails.map { "\($0);s1" }.joined(separator: "\n") + "\n"
        try Data(signIn.utf8).write(to: test.input.appendingPathComponent("attendance/in.csv"))
        let resolved = Resolver.resolve(try Ingest.read(folder: test.input))
        return MetricsCalculator.compute(resolved, period: .all).organisations.list
    }

    @Test func aRegisterEntryWithoutANumberJoinsTheNumberItsNameIsSeenWith() throws {
        let list = try organisations(
            registrations:
                "Namn;E-post;Organisation;Orgnr;Möten\nA A;a@x.example;Fjällteknik AB;556677-8899;s1\nB B;b@x.example;Fjällteknik AB;;s1\n",
            register: "namn,sektor,kommun\nFjällteknik AB,business,Åre\n")
        #expect(list.count == 1)
        #expect(list.first?.name == "Fjällteknik AB")
        #expect(list.first?.municipality == .are)
    }

    @Test func aSoleTradersRowsWithoutTheNumberAreStillTheSoleTrader() throws {
        let list = try organisations(
            registrations:
                "Namn;E-post;Organisation;Orgnr;Möten\nA A;a@x.example;Svenssons Snickeri;800101-1234;s1\nB B;b@x.example;Svenssons Snickeri;;s1\n"
        )
        #expect(list.map(\.name) == ["Enskild firma 1"])
    }
}
