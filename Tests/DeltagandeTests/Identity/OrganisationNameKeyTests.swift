import Testing

@testable import Deltagande

/// SPEC §3: the normalised name removes `. , ; : " ' ( ) -` (it does not turn them into spaces),
/// collapses white space and drops the legal-form words.
@Suite struct OrganisationNameKeyTests {
    @Test(arguments: [
        ("Mitt-universitetet", "mittuniversitetet"),
        ("Mittuniversitetet", "mittuniversitetet"),
        ("O'Learys Östersund", "olearys östersund"),
        ("AB Volvo (publ)", "volvo"),
        ("Fjällgården, AB", "fjällgården"),
        ("  Skogs   Bolaget  HB ", "skogs bolaget"),
        ("Region J.H.", "region jh"),
        ("KB", ""),
    ])
    func punctuationIsRemovedAndLegalFormsDropped(example: (String, String)) {
        #expect(OrganisationName.normalised(example.0) == example.1)
    }
}
