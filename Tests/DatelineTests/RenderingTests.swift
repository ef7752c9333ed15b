import Testing
@testable import Dateline

/// Result rendering: tables fitted in display cells, and machine formats that stay clean.
@Suite struct RenderingTests {
    static let mixed = ResultSet(columns: ["who", "text", "n"], rows: [
        Row([.string("王毅"), .string("中国反对一切形式的网络攻击"), .int(3)]),
        Row([.string("وانغ يي"), .string("الصِّينُ تُعارِضُ الهجماتِ الإلكترونيّةَ بجميعِ أشكالِها"), .int(12)]),
        Row([.string("Ségolène"), .string("a déclaré que la France \"condamne\"\nfermement, toute attaque"), .null]),
    ])

    @Test func tableLinesFitTheWidthInDisplayCells() {
        for width in [30, 44, 60, 200] {
            let table = ResultRenderer.render(Self.mixed, as: .table, options: RenderOptions(width: width))
            for line in table.split(separator: "\n") {
                #expect(DisplayWidth.of(String(line)) <= width, "\(width): \(line)")
            }
        }
    }

    @Test func columnsLineUpWithWideAndCombiningCharacters() {
        let table = ResultRenderer.render(Self.mixed, as: .table, options: RenderOptions(width: 200))
        let lines = table.split(separator: "\n").dropLast()
        let separators = lines.map { line in
            var cells = 0
            var positions: [Int] = []
            for character in line {
                if character == "│" || character == "┼" { positions.append(cells) }
                cells += DisplayWidth.of(String(character))
            }
            return positions
        }
        #expect(Set(separators).count == 1, "every line has its column rules at the same cells")
    }

    @Test func longTextIsCutWithAnEllipsis() {
        let table = ResultRenderer.render(Self.mixed, as: .table, options: RenderOptions(width: 40))
        #expect(table.contains("…"))
        #expect(TableLayout.cut("中国反对", to: 5) == "中国…")
        #expect(TableLayout.cut("abc", to: 3) == "abc")
        #expect(TableLayout.cut("é\u{301}té", to: 2) == "é\u{301}…", "a combining mark stays on its letter")
    }

    @Test func footerCountsRowsAndMaxRowsSaysWhatItHid() {
        let table = ResultRenderer.render(Self.mixed, as: .table, options: RenderOptions(maxRows: 1, elapsed: .milliseconds(12)))
        #expect(table.contains("… 2 more rows not shown (.maxrows 1)"))
        #expect(table.hasSuffix("(3 rows, 12.0 ms)\n"))
        let empty = ResultRenderer.render(ResultSet(columns: ["a"], rows: []), as: .table)
        #expect(empty.hasSuffix("(0 rows)\n"))
    }

    @Test func tablesAreColouredOnlyWhenAsked() {
        #expect(!ResultRenderer.render(Self.mixed, as: .table).contains("\u{1B}"))
        #expect(ResultRenderer.render(Self.mixed, as: .table, options: RenderOptions(color: true)).contains("\u{1B}[1m"))
    }

    @Test func machineFormatsIgnoreMaxRowsFooterAndColour() {
        let options = RenderOptions(width: 20, maxRows: 1, elapsed: .seconds(1), color: true)
        for format in [OutputFormat.json, .ndjson, .csv] {
            let text = ResultRenderer.render(Self.mixed, as: format, options: options)
            #expect(!text.contains("\u{1B}") && !text.contains("rows") && !text.contains("…"), "\(format)")
        }
        let ndjson = ResultRenderer.render(Self.mixed, as: .ndjson)
        #expect(ndjson.split(separator: "\n").count == 3)
        #expect(ndjson.contains(#""text":"a déclaré que la France \"condamne\"\nfermement, toute attaque""#))
        #expect(ndjson.contains(#""n":null"#))
    }

    @Test func csvQuotesWhatNeedsQuoting() {
        let csv = ResultRenderer.render(Self.mixed, as: .csv)
        #expect(csv.hasPrefix("who,text,n\r\n"))
        #expect(csv.contains("\"a déclaré que la France \"\"condamne\"\"\nfermement, toute attaque\""))
    }

    @Test func markdownEscapesPipesAndKeepsOneLinePerRow() {
        let result = ResultSet(columns: ["a"], rows: [Row([.string("x | y\nz")])])
        #expect(ResultRenderer.render(result, as: .markdown) == "| a |\n| --- |\n| x \\| y z |\n")
    }

    @Test func manyColumnsWithLongNamesStillFit() {
        let natural = [20, 30, 40, 7, 8, 6, 300, 5, 4, 6, 30]
        let headers = [7, 7, 12, 7, 4, 3, 4, 5, 3, 5, 6]
        for width in [90, 100, 120, 160] {
            let layout = TableLayout(natural: natural, headers: headers, available: width)
            #expect(layout.widths.reduce(0, +) + 10 * TableLayout.separatorWidth == width, "\(width): \(layout.widths)")
        }
    }

    @Test func layoutNarrowsTheWidestColumnsFirst() {
        let layout = TableLayout(natural: [5, 50, 30], available: 50)
        #expect(layout.widths[0] == 5)
        #expect(layout.widths.reduce(0, +) + 2 * TableLayout.separatorWidth == 50)
        #expect(layout.widths[1] >= layout.widths[2])
    }
}

/// Streaming: the machine formats come in pieces read from the index a few rows at a time,
/// and the pieces joined are the whole rendering.
@Suite struct StreamedRenderingTests {
    @Test(arguments: OutputFormat.allCases, ["statements", "articles", "mentions", #"statements where text contains "zzzqqq""#])
    func piecesJoinedAreTheWholeRendering(_ format: OutputFormat, _ query: String) throws {
        var session = Session(database: APIFixtures.database)
        let result = try session.execute(query)
        var pieces: [String] = []
        ResultRenderer.render(result, as: format, chunkRows: 2) { pieces.append($0) }
        #expect(pieces.joined() == ResultRenderer.render(result.resultSet, as: format))
        if format.isMachineReadable && result.count > 4 { #expect(pieces.count > 2) }
    }
}
