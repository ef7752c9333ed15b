/// Interviews and briefing transcripts, whose answers carry no speech verb: "Pistorius: Noch
/// nicht. …", "张晓刚：我们坚决反对…".
extension StatementFinder {
    /// The answer that `paragraph` (trimmed) gives, when it opens with its speaker's name and a
    /// colon: one word (a transcript names its speakers by surname), capitalised (not all in
    /// capitals, as an outlet's label "SPIEGEL:" or a dateline is) or of at least two Han, kana
    /// or Hangul scalars ("答：" labels an answer, not a person), that the article named earlier
    /// in running text as a whole word (an interviewer's label, "记者：", mostly stands before
    /// colons); the rest, unless it asks a question, is the content.
    func interviewAnswer(in paragraph: Range<Int>) -> SpeechEvent? {
        guard let colon = labelColon(in: paragraph) else { return nil }
        let name = text.trimmed(paragraph.lowerBound..<colon)
        let answer = text.trimmed(colon + 1..<paragraph.upperBound)
        let content = text.trimmed(answer, droppingWhere: Self.edgePunctuation.contains)
        guard !name.isEmpty, isSubstantial(content), let last = answer.last, !Self.isQuestionMark(text.scalars[last]),
              text.isUnspaced(name.lowerBound) ? name.count >= 2 : name.contains(where: { text.isWord($0) && !text.isUpper($0) }),
              isNamedInRunningText(name, before: paragraph.lowerBound) else { return nil }
        return SpeechEvent(speaker: name, carriesPronoun: false, reports: false,
                           verbRange: colon..<(colon + 1), content: content, kind: .direct)
    }

    /// The colon ending a label that opens `paragraph`: its first scalar capitalised or
    /// unspaced, then only letters and joiners up to the colon, within 24 scalars.
    private func labelColon(in paragraph: Range<Int>) -> Int? {
        let limit = min(paragraph.upperBound, paragraph.lowerBound + 24)
        guard paragraph.lowerBound < limit, limit <= text.count else { return nil }
        // (Classes read in place, one load a scalar: this runs for every paragraph.)
        return text.classes.withUnsafeBufferPointer { classes in
            guard classes[paragraph.lowerBound] & (ScalarTable.upperBit | ScalarTable.unspacedBit) != 0 else { return nil }
            let letters = ScalarTable.wordBit | ScalarTable.joinerBit
            var i = paragraph.lowerBound + 1
            while i < limit, classes[i] & letters != 0 { i += 1 }
            return i < limit && Self.isColon(text.scalars[i]) ? i : nil
        }
    }

    static func isColon(_ s: Unicode.Scalar) -> Bool { s == ":" || s == "：" }

    static func isQuestionMark(_ s: Unicode.Scalar) -> Bool { s == "?" || s == "？" || s == "؟" }

    /// How far from the article's start, and back from the label, its name is looked for
    /// (bounded, so that a long transcript costs a bounded search per label).
    private static let nameReach = 3000

    /// Whether the scalars of `name` stand before `end` at a word start, not followed by a
    /// colon: in the article's opening (title and introduction) or just before the label.
    private func isNamedInRunningText(_ name: Range<Int>, before end: Int) -> Bool {
        isNamedInRunningText(name, in: 0..<min(end, Self.nameReach))
            || (end > Self.nameReach && isNamedInRunningText(name, in: max(Self.nameReach, end - Self.nameReach)..<end))
    }

    private func isNamedInRunningText(_ name: Range<Int>, in range: Range<Int>) -> Bool {
        let scalars = text.scalars[name], firstScalar = text.scalars[name.lowerBound]
        var i = range.lowerBound
        while i + scalars.count <= range.upperBound {
            defer { i += 1 }
            var next = i + scalars.count
            // A whole word in a spaced script: "Li:" is not named by "Lindner".
            guard text.scalars[i] == firstScalar, i == 0 || !text.isWord(i - 1) || text.isUnspaced(i),
                  next == text.count || !text.isWord(next) || text.isUnspaced(next - 1),
                  text.scalars[i..<next].elementsEqual(scalars) else { continue }
            while next < text.count, text.isSpace(next) { next += 1 }
            if next < text.count, !Self.isColon(text.scalars[next]) { return true }
        }
        return false
    }
}
