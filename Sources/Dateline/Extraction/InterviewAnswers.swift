/// Interviews and briefing transcripts, whose answers carry no speech verb: "Pistorius: Noch
/// nicht. …", "张晓刚：我们坚决反对…".
extension StatementFinder {
    /// The answer that `paragraph` (trimmed) gives, when it opens with its speaker's name and a
    /// colon: one to three words, capitalised (not all in capitals, as an outlet's label
    /// "SPIEGEL:" or a dateline is) or in Han, kana or Hangul, that the article named earlier
    /// in running text (an interviewer's label, "记者：", stands before colons only); the rest,
    /// no question, is the content.
    func interviewAnswer(in paragraph: Range<Int>) -> SpeechEvent? {
        guard let first = paragraph.first, text.isUpper(first) || text.isUnspaced(first),
              let colon = (paragraph.lowerBound..<min(paragraph.upperBound, paragraph.lowerBound + 24)).first(where: { Self.isColon(text.scalars[$0]) })
        else { return nil }
        let name = text.trimmed(paragraph.lowerBound..<colon)
        let content = text.trimmed(colon + 1..<paragraph.upperBound, droppingWhere: Self.edgePunctuation.contains)
        guard !name.isEmpty, !text.hasWords(atLeast: 4, in: name), isSubstantial(content),
              name.allSatisfy({ text.isWord($0) || text.isSpace($0) || text.isJoiner($0) }),
              text.isUnspaced(first) || name.contains(where: { text.isWord($0) && !text.isUpper($0) }),
              let last = content.last, text.scalars[last] != "?", text.scalars[last] != "？",
              isNamedInRunningText(name, before: paragraph.lowerBound) else { return nil }
        return SpeechEvent(speaker: name, carriedPronoun: nil, act: "say",
                           verbRange: colon..<(colon + 1), content: content, kind: .direct)
    }

    private static func isColon(_ s: Unicode.Scalar) -> Bool { s == ":" || s == "：" }

    /// Whether the scalars of `name` stand before `end` at a word start, not followed by a colon.
    private func isNamedInRunningText(_ name: Range<Int>, before end: Int) -> Bool {
        let scalars = text.scalars[name], firstScalar = text.scalars[name.lowerBound]
        var i = 0
        while i + scalars.count <= end {
            defer { i += 1 }
            guard text.scalars[i] == firstScalar, i == 0 || !text.isWord(i - 1) || text.isUnspaced(i),
                  text.scalars[i..<(i + scalars.count)].elementsEqual(scalars) else { continue }
            var next = i + scalars.count
            while next < end, text.isSpace(next) { next += 1 }
            if next < end, !Self.isColon(text.scalars[next]) { return true }
        }
        return false
    }
}
