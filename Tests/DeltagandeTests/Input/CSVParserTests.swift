import Testing

@testable import Deltagande

/// One parser case: input text, the rows expected (cells after trailing empties are dropped) and,
/// where it matters, the physical line each row starts on.
struct ParseCase: Sendable, CustomTestStringConvertible {
    let name: String
    let input: String
    var delimiter: Character? = nil
    let rows: [[String]]
    var lines: [Int]? = nil
    var expectedDelimiter: Character = ","
    var testDescription: String { name }

    func check() {
        let result = CSVParser.parse(input, delimiter: delimiter)
        #expect(result.rows.map(\.cells) == rows, "\(name)")
        if let lines { #expect(result.rows.map(\.line) == lines, "\(name)") }
        #expect(result.delimiter == expectedDelimiter, "\(name)")
    }
}

@Suite struct CSVParserTests {
    /// RFC 4180 section 2, rules 1–7.
    static let rfc4180: [ParseCase] = [
        ParseCase(
            name: "1 records end in CRLF", input: "aaa,bbb,ccc\r\nzzz,yyy,xxx\r\n",
            rows: [["aaa", "bbb", "ccc"], ["zzz", "yyy", "xxx"]], lines: [1, 2]),
        ParseCase(
            name: "2 last line break optional", input: "aaa,bbb,ccc\r\nzzz,yyy,xxx",
            rows: [["aaa", "bbb", "ccc"], ["zzz", "yyy", "xxx"]], lines: [1, 2]),
        ParseCase(
            name: "3 header line is a row like the others",
            input: "field_name,field_name,field_name\r\naaa,bbb,ccc\r\n",
            rows: [["field_name", "field_name", "field_name"], ["aaa", "bbb", "ccc"]]),
        ParseCase(name: "4 spaces are part of a field", input: "aaa , bbb,ccc \r\n", rows: [["aaa ", " bbb", "ccc "]]),
        ParseCase(
            name: "4 a trailing comma adds only an empty cell", input: "aaa,bbb,ccc,\r\n",
            rows: [["aaa", "bbb", "ccc"]]),
        ParseCase(
            name: "5 fields may be quoted", input: "\"aaa\",\"bbb\",\"ccc\"\r\nzzz,yyy,xxx",
            rows: [["aaa", "bbb", "ccc"], ["zzz", "yyy", "xxx"]]),
        ParseCase(
            name: "6 quoted line breaks, quotes and commas", input: "\"aaa\",\"b\r\nbb\",\"c,cc\"\r\nzzz,yyy,xxx",
            rows: [["aaa", "b\r\nbb", "c,cc"], ["zzz", "yyy", "xxx"]], lines: [1, 3]),
        ParseCase(name: "7 doubled quotes", input: "\"aaa\",\"b\"\"bb\",\"ccc\"", rows: [["aaa", "b\"bb", "ccc"]]),
    ]

    /// github.com/max-mapper/csv-spectrum.
    static let spectrum: [ParseCase] = [
        ParseCase(name: "simple", input: "a,b,c\n1,2,3\n", rows: [["a", "b", "c"], ["1", "2", "3"]]),
        ParseCase(name: "simple_crlf", input: "a,b,c\r\n1,2,3\r\n", rows: [["a", "b", "c"], ["1", "2", "3"]]),
        ParseCase(
            name: "comma_in_quotes", input: "first,last,address,city,zip\nJohn,Doe,120 any st.,\"Anytown, WW\",08123\n",
            rows: [
                ["first", "last", "address", "city", "zip"], ["John", "Doe", "120 any st.", "Anytown, WW", "08123"],
            ]),
        ParseCase(
            name: "empty", input: "a,b,c\n1,\"\",\"\"\n2,3,4\n", rows: [["a", "b", "c"], ["1"], ["2", "3", "4"]],
            lines: [1, 2, 3]),
        ParseCase(
            name: "empty_crlf", input: "a,b,c\r\n1,\"\",\"\"\r\n2,3,4\r\n",
            rows: [["a", "b", "c"], ["1"], ["2", "3", "4"]]),
        ParseCase(
            name: "escaped_quotes", input: "a,b\n1,\"ha \"\"ha\"\" ha\"\n3,4\n",
            rows: [["a", "b"], ["1", "ha \"ha\" ha"], ["3", "4"]]),
        ParseCase(
            name: "json", input: "key,val\n1,\"{\"\"type\"\": \"\"Point\"\", \"\"coordinates\"\": [102.0, 0.5]}\"\n",
            rows: [["key", "val"], ["1", "{\"type\": \"Point\", \"coordinates\": [102.0, 0.5]}"]]),
        ParseCase(
            name: "newlines", input: "a,b,c\n1,2,3\n\"Once upon \na time\",5,6\n7,8,9\n",
            rows: [["a", "b", "c"], ["1", "2", "3"], ["Once upon \na time", "5", "6"], ["7", "8", "9"]],
            lines: [1, 2, 3, 5]),
        ParseCase(
            name: "newlines_crlf", input: "a,b,c\r\n1,2,3\r\n\"Once upon \r\na time\",5,6\r\n7,8,9\r\n",
            rows: [["a", "b", "c"], ["1", "2", "3"], ["Once upon \r\na time", "5", "6"], ["7", "8", "9"]],
            lines: [1, 2, 3, 5]),
        ParseCase(
            name: "quotes_and_newlines", input: "a,b\n1,\"ha \n\"\"ha\"\" \nha\"\n3,4\n",
            rows: [["a", "b"], ["1", "ha \n\"ha\" \nha"], ["3", "4"]], lines: [1, 2, 5]),
        ParseCase(
            name: "utf8", input: "a,b,c\n1,2,3\n4,5,ʤ\n", rows: [["a", "b", "c"], ["1", "2", "3"], ["4", "5", "ʤ"]]),
    ]

    /// CPython Lib/test/test_csv.py reader cases (non-strict dialect). Where R5 differs from CPython
    /// (a record of empty cells is blank, trailing empty cells dropped) the expectation says so.
    static let cpython: [ParseCase] = [
        ParseCase(name: "single", input: "abc\n", rows: [["abc"]], expectedDelimiter: "\t"),
        ParseCase(name: "simple", input: "1,2,3,4,5\n", rows: [["1", "2", "3", "4", "5"]]),
        ParseCase(name: "empty input", input: "", rows: [], expectedDelimiter: "\t"),
        ParseCase(name: "empty fields are blank (R5; CPython gives ['', ''])", input: ",\n", rows: []),
        ParseCase(name: "singlequoted", input: "1,2,'3',4,5", rows: [["1", "2", "'3'", "4", "5"]]),
        ParseCase(name: "singlequoted_left_empty", input: ",''", rows: [["", "''"]]),
        ParseCase(
            name: "quoted", input: "1,2,3,\"I think, therefore I am\",5,6",
            rows: [["1", "2", "3", "I think, therefore I am", "5", "6"]]),
        ParseCase(
            name: "quoted_quote",
            input: "1,2,3,\"\"\"I see,\"\" said the blind man\",\"as he picked up his hammer and saw\"",
            rows: [["1", "2", "3", "\"I see,\" said the blind man", "as he picked up his hammer and saw"]]),
        ParseCase(
            name: "quoted_nl",
            input: "1,2,3,\"\"\"I see,\"\"\nsaid the blind man\",\"as he picked up his\nhammer and saw\"\n9,8,7,6\n",
            rows: [
                ["1", "2", "3", "\"I see,\"\nsaid the blind man", "as he picked up his\nhammer and saw"],
                ["9", "8", "7", "6"],
            ],
            lines: [1, 4]),
        ParseCase(name: "dubious_quote", input: "12,12,1\",", rows: [["12", "12", "1\""]]),
        ParseCase(name: "eol CRLF", input: "a,b\r\nc,d", rows: [["a", "b"], ["c", "d"]], lines: [1, 2]),
        ParseCase(name: "eol LF", input: "a,b\nc,d\n", rows: [["a", "b"], ["c", "d"]], lines: [1, 2]),
        ParseCase(name: "eol lone CR", input: "a,b\rc,d\r", rows: [["a", "b"], ["c", "d"]], lines: [1, 2]),
        ParseCase(
            name: "eol mixed", input: "a,b\rc,d\r\ne,f\ng,h",
            rows: [["a", "b"], ["c", "d"], ["e", "f"], ["g", "h"]], lines: [1, 2, 3, 4]),
        ParseCase(
            name: "lone CR inside quotes counts a line", input: "\"x\ry\",b\rc,d", rows: [["x\ry", "b"], ["c", "d"]],
            lines: [1, 3]),
        ParseCase(name: "eof inside quotes", input: "\"a", rows: [["a"]], expectedDelimiter: "\t"),
        ParseCase(name: "eof inside quotes after a line break", input: "x,\"a\n", rows: [["x", "a\n"]]),
        ParseCase(
            name: "eof after a doubled quote inside quotes", input: "\"a\"\"", rows: [["a\""]], expectedDelimiter: "\t"),
        ParseCase(name: "eof after a lone quote", input: "\"", rows: [], expectedDelimiter: "\t"),
        ParseCase(
            name: "eof after a quote in an unquoted field", input: "a\"", rows: [["a\""]], expectedDelimiter: "\t"),
        ParseCase(name: "text after a closing quote is kept: \"a\"b → ab", input: "\"a\"b,c", rows: [["ab", "c"]]),
        ParseCase(name: "quote inside an unquoted field is literal: a\"b", input: "a\"b,c", rows: [["a\"b", "c"]]),
        ParseCase(name: "quote after text after a closing quote", input: "\"a\"b\"c,d", rows: [["ab\"c", "d"]]),
        ParseCase(name: "space before a quote keeps it literal", input: "x, \"a\",b", rows: [["x", " \"a\"", "b"]]),
        ParseCase(name: "space after a closing quote is kept", input: "\"a\" ,b", rows: [["a ", "b"]]),
        ParseCase(
            name: "blank lines are skipped but counted", input: "a,b\n\n\nc,d\n\r\ne,f",
            rows: [["a", "b"], ["c", "d"], ["e", "f"]], lines: [1, 4, 6]),
        ParseCase(
            name: "records of empty cells are blank (R5)", input: "a,b\n,,\n\"\",\"\"\nc\n",
            rows: [["a", "b"], ["c"]], lines: [1, 4]),
        ParseCase(
            name: "a cell of spaces is not empty", input: "a,b\n \n", rows: [["a", "b"], [" "]], lines: [1, 2]),
        ParseCase(
            name: "short and long rows", input: "a,b,c\n1,2\n1,2,3,4\n",
            rows: [["a", "b", "c"], ["1", "2"], ["1", "2", "3", "4"]]),
        ParseCase(name: "inner empty cells stay", input: "a,,c,,\n", rows: [["a", "", "c"]]),
    ]

    @Test(arguments: rfc4180)
    func rfc4180Rules(_ test: ParseCase) { test.check() }

    @Test(arguments: spectrum)
    func csvSpectrumCases(_ test: ParseCase) { test.check() }

    @Test(arguments: cpython)
    func cpythonReaderCases(_ test: ParseCase) { test.check() }

    static let delimiters: [ParseCase] = [
        ParseCase(
            name: "semicolon wins by width", input: "a;b;c\n1,5;2;3\n", rows: [["a", "b", "c"], ["1,5", "2", "3"]],
            expectedDelimiter: ";"),
        ParseCase(
            name: "tab wins by width", input: "Name\tTime, AM\tx\n", rows: [["Name", "Time, AM", "x"]],
            expectedDelimiter: "\t"),
        ParseCase(
            name: "tie TAB over comma", input: "a\tb\nc,d\n", rows: [["a", "b"], ["c,d"]], expectedDelimiter: "\t"),
        ParseCase(name: "tie semicolon over comma", input: "a;b,c\n", rows: [["a", "b,c"]], expectedDelimiter: ";"),
        ParseCase(
            name: "one column ties to TAB", input: "email\nx@y.example\n", rows: [["email"], ["x@y.example"]],
            expectedDelimiter: "\t"),
        ParseCase(
            name: "quoted semicolons do not count", input: "\"a;b;c\",d\n", rows: [["a;b;c", "d"]],
            expectedDelimiter: ","),
        ParseCase(
            name: "trailing delimiters are evidence", input: "Namn;;;\nAnna;;;\n", rows: [["Namn"], ["Anna"]],
            expectedDelimiter: ";"),
        ParseCase(
            name: "sep= line sets the delimiter and counts as line 1", input: "sep=,\r\na;b,c\r\nd,e\r\n",
            rows: [["a;b", "c"], ["d", "e"]], lines: [2, 3], expectedDelimiter: ","),
        ParseCase(
            name: "SEP= in capitals", input: "SEP=;\nx;y\n", rows: [["x", "y"]], lines: [2], expectedDelimiter: ";"),
        ParseCase(
            name: "sep=TAB", input: "sep=\t\rx\ty,z\r", rows: [["x", "y,z"]], lines: [2], expectedDelimiter: "\t"),
        ParseCase(
            name: "sep= padded with delimiters", input: "sep=;;;\nx;y\n", rows: [["x", "y"]], lines: [2],
            expectedDelimiter: ";"),
        ParseCase(name: "sep= alone", input: "sep=;", rows: [], expectedDelimiter: ";"),
        ParseCase(
            name: "sep=| is honoured", input: "sep=|\na|b\n", rows: [["a", "b"]], lines: [2], expectedDelimiter: "|"),
        ParseCase(
            name: "sep= without a character is data", input: "sep=\na,b\n", rows: [["sep="], ["a", "b"]], lines: [1, 2]),
        ParseCase(
            name: "sep= later in the file is data", input: "a;b\nsep=,\n", rows: [["a", "b"], ["sep=,"]],
            expectedDelimiter: ";"),
        ParseCase(
            name: "a delimiter passed in wins over sep=", input: "sep=;\na,b;c\n", delimiter: ",",
            rows: [["a", "b;c"]], lines: [2]),
        ParseCase(
            name: "a delimiter passed in wins over the sniff", input: "a;b;c,d\n", delimiter: ",",
            rows: [["a;b;c", "d"]]),
        ParseCase(
            name: "a multi-byte delimiter", input: "a§b§§\nc§d\n", delimiter: "§", rows: [["a", "b"], ["c", "d"]],
            expectedDelimiter: "§"),
    ]

    @Test(arguments: delimiters)
    func delimiterChoice(_ test: ParseCase) { test.check() }

    @Test func onlyTheFirstSixtyRowsVoteForTheDelimiter() {
        let narrow = String(repeating: "a;b\n", count: 60)
        let text = narrow + "w,x,y,z\n"
        #expect(CSVParser.parse(text).delimiter == ";")
        #expect(CSVParser.parse(String(repeating: "a;b\n", count: 59) + "w,x,y,z\n").delimiter == ",")
        // Blank lines are not rows, so they do not use up the sixty.
        #expect(CSVParser.parse(String(repeating: "\n", count: 100) + "w,x,y\n" + narrow).delimiter == ",")
    }

    @Test func cellsAreNotTrimmed() {
        let result = CSVParser.parse("\u{A0}1 250,50\u{A0};\t12m \n", delimiter: ";")
        #expect(result.rows.map(\.cells) == [["\u{A0}1 250,50\u{A0}", "\t12m "]])
    }

    @Test func aLargeFileParsesQuickly() {
        let row = "Åsa;Lindqvist-Öberg;\"Vi kommer två; personer.\nEn av oss.\";2024-02-20 14:03;1\u{A0}250,50\r\n"
        let text = String(repeating: row, count: 50_000)
        let start = ContinuousClock.now
        let result = CSVParser.parse(text)
        let elapsed = ContinuousClock.now - start
        #expect(result.rows.count == 50_000)
        #expect(result.rows.last?.line == 100_000 - 1)
        #expect(elapsed < .seconds(10))
    }
}
