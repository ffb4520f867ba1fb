import Testing

@testable import Deltagande

/// The resolver's quicker structures against the plain ones they replace.
@Suite struct ResolverFastPathTests {
    @Test func latestWinsOrderIsTheOrderTheRuleGives() {
        var random = SplitMix64(seed: 101)
        let days = [CalendarDate(year: 2024, month: 3, day: 1)!, CalendarDate(year: 2024, month: 2, day: 29)!]
        for _ in 0..<300 {
            var rows: [StoredRegistration] = []
            var place = RowID(file: 1, line: 2)
            for _ in 0..<random.below(40) {
                // Few distinct stamps, so that ties (broken by file order) are common.
                let submitted =
                    random.below(4) == 0
                    ? nil : LocalDateTime(date: random.pick(days), seconds: random.pick([0, 60, 3_600, 86_399]))
                rows.append(
                    StoredRegistration(
                        row: place, submitted: submitted, name: -1, person: 0, mention: 0, gender: nil,
                        sessionStart: 0, sessionCount: 0, mode: nil, cancelled: false))
                place =
                    random.below(3) == 0
                    ? RowID(file: place.file + 1, line: 2)
                    : RowID(file: place.file, line: place.line + 1 + random.below(3))
            }
            #expect(Resolver.latestLast(rows) == Resolver.latestLastAsWritten(rows))
            // Rows out of file order take the rule as written.
            let shuffled = rows.shuffled(using: &random)
            #expect(Resolver.latestLast(shuffled) == Resolver.latestLastAsWritten(shuffled))
        }
    }

    /// The latest stamp is `span` after the earliest's 1: a span that is a power of two needs one
    /// bit more than the values below it (a review found 10:00:00 and 10:17:03 in the wrong order).
    @Test func latestWinsOrderHoldsWhenTheSpanIsAPowerOfTwo() {
        let day = CalendarDate(year: 2024, month: 3, day: 1)!
        for exponent in 0...16 {
            for count in [2, 3, 5, 9, 17, 33, 300] {
                let rows = (0..<count).map { index in
                    StoredRegistration(
                        row: RowID(file: 1, line: 2 + index),
                        submitted: index == 1
                            ? nil : LocalDateTime(date: day, seconds: index == 0 ? 0 : (1 << exponent) - 1),
                        name: -1, person: 0, mention: 0, gender: nil, sessionStart: 0, sessionCount: 0, mode: nil,
                        cancelled: false)
                }
                #expect(
                    Resolver.latestLast(rows) == Resolver.latestLastAsWritten(rows), "2^\(exponent) s, \(count) rows")
            }
        }
    }

    @Test func packedTriplesSortAsTuplesDo() {
        var random = SplitMix64(seed: 107)
        for round in 0..<400 {
            // Narrow values pack; wide ones (and maxima they break) take the tuple sort.
            let wide = round % 4 == 0
            let limit = wide ? Int(Int32.max) : 1 + random.below(50)
            var triples: [(Int32, Int32, Int32)] = (0..<random.below(60)).map { _ in
                (Int32(random.below(limit)), Int32(random.below(limit)), Int32(random.below(limit)))
            }
            let expected = triples.sorted { ($0.0, $0.1, $0.2) < ($1.0, $1.1, $1.2) }
            PackedOrder.sort(&triples, maxima: (limit, Int(Int32.max), round % 7 == 0 ? 1 : limit))
            #expect(triples.map { [$0.0, $0.1, $0.2] } == expected.map { [$0.0, $0.1, $0.2] })
        }
    }

    @Test func radixSortSortsAsComparisonDoes() {
        var random = SplitMix64(seed: 211)
        for bits in [1, 5, 11, 12, 22, 23, 40, 51, 63, 64] {
            for count in [0, 1, 2, 7, 300, 5000] {
                let mask = bits == 64 ? UInt64.max : (UInt64(1) << UInt64(bits)) - 1
                // Random words, and runs already in order, as rows in file order give.
                var words = (0..<count).map { index in
                    count % 2 == 0 ? random.next() & mask : UInt64(index / 3) & mask
                }
                let expected = words.sorted()
                RadixSort.sort(&words, significantBits: bits)
                #expect(words == expected, "\(bits) bits, \(count) words")
            }
        }
    }

    @Test func latestWinsOrderHoldsForTimeStampsCenturiesApart() {
        let days = [CalendarDate(year: 1, month: 1, day: 1)!, CalendarDate(year: 9999, month: 12, day: 31)!]
        let rows = (0..<6).map { index in
            StoredRegistration(
                row: RowID(file: 1, line: 2 + index),
                submitted: index == 3 ? nil : LocalDateTime(date: days[index % 2], seconds: 0), name: -1, person: 0,
                mention: 0, gender: nil, sessionStart: 0, sessionCount: 0, mode: nil, cancelled: false)
        }
        #expect(Resolver.latestLast(rows) == Resolver.latestLastAsWritten(rows))
        #expect(Resolver.latestLast(rows) == [3, 0, 2, 4, 1, 5])
    }

    @Test func wordMapAnswersAsADictionaryDoes() {
        var random = SplitMix64(seed: 109)
        for capacity in [0, 1, 7, 1_000] {
            var words = WordMap(capacity: capacity)
            var reference: [UInt64: Int32] = [:]
            for step in 0..<5_000 {
                let word = random.below(2) == 0 ? UInt64(random.below(3_000)) : UInt64.max - 1 - UInt64(random.below(5))
                words[word] = Int32(step)
                reference[word] = Int32(step)
                let probe = UInt64(random.below(3_000))
                #expect(words[probe] == reference[probe])
            }
            #expect(words.count == reference.count)
        }
    }
}

@Suite struct OrganisationNameFastPathTests {
    @Test func byteWordsMatchTheDefinitionOnRandomNames() {
        var random = SplitMix64(seed: 29)
        let pieces = [
            "AB", "ab", "Aktiebolag", "KB", "HB", "publ", "(publ)", "Å", "ö", "É", "Mitt-Uni", " ", "  ", "\t",
            "\u{00A0}", "\u{0085}", "\u{202F}", ".", ",", ";", ":", "\"", "'", "(", ")", "-", "x", "ÿ", "ß", "µ",
            "İ", "e\u{0301}", " \u{0301}", "Ω", "\r\n", "Östersund", "Konsult",
        ]
        for _ in 0..<20_000 {
            let text = (0..<random.below(7)).map { _ in random.pick(pieces) }.joined()
            #expect(
                Array(OrganisationName.normalised(text).utf8) == Array(OrganisationName.normalisedAsWritten(text).utf8),
                "\(text.debugDescription)")
        }
        for _ in 0..<20_000 {
            let text = (0..<random.below(7)).map { _ in random.pick(pieces) }.joined()
            #expect(
                OrganisationName.words(text).map { Array($0.utf8) }
                    == OrganisationName.wordsAsWritten(text).map { Array($0.utf8) }, "\(text.debugDescription)")
        }
        #expect(OrganisationName.normalised("Mitt-universitetet AB") == "mittuniversitetet")
        #expect(OrganisationName.normalised(" KB ").isEmpty)
    }
}
