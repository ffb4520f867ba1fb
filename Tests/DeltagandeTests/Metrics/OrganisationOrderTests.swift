import Foundation
import Testing

@testable import Deltagande

@Suite struct OrganisationOrderTests {
    @Test func organisationsAreListedInSwedishAlphabeticalOrder() throws {
        let names = ["Åre Cykel AB", "Östersunds kommun", "Arbetsgruppen", "Ängets gård", "Zeta AB", "bergs kommun"]
        let sorted = names.sorted {
            $0.compare($1, options: [.caseInsensitive], range: nil, locale: SwedishOrder.swedish)
                == .orderedAscending
        }
        #expect(
            sorted == ["Arbetsgruppen", "bergs kommun", "Zeta AB", "Åre Cykel AB", "Ängets gård", "Östersunds kommun"])
    }
}
