import Foundation
import XCTest
@testable import NewsGraph

/// The tagger and parser: CoNLL-U reading and writing, the shipped model's recorded scores,
/// hostile input, the `parse --tokens` command, and key arcs of sentences of our own.
final class SyntaxTests: XCTestCase {
    private static let root = ExtractionTestSupport.packageRoot
    private var model: SyntaxModel { SyntaxModel.standard }

    private let sample = """
    # sent_id = s1
    # text = They didn't go.
    1\tThey\tthey\tPRON\tPRP\t_\t3\tnsubj\t3:nsubj\t_
    2-3\tdidn't\t_\t_\t_\t_\t_\t_\t_\t_
    2\tdid\tdo\tAUX\tVBD\t_\t3\taux\t3:aux\t_
    3\tn't\tnot\tPART\tRB\t_\t0\troot\t0:root\t_
    3.1\tgo\tgo\tVERB\tVB\t_\t_\t_\t3:conj\t_
    4\t.\t.\tPUNCT\t.\t_\t3\tpunct\t3:punct\t_

    1\tHi\thi\tINTJ\tUH\t_\t0\troot\t0:root\t_

    """

    func testReadingSkipsMultiwordAndEmptyNodesAndKeepsComments() throws {
        let sentences = try CoNLLU.read(sample)
        XCTAssertEqual(sentences.count, 2)
        XCTAssertEqual(sentences[0].comments, ["sent_id = s1", "text = They didn't go."])
        XCTAssertEqual(sentences[0].words, ["They", "did", "n't", "."])
        XCTAssertEqual(sentences[0].heads, [2, 2, -1, 2])
        XCTAssertEqual(sentences[0].relations, ["nsubj", "aux", "root", "punct"])
        XCTAssertEqual(sentences[1].words, ["Hi"])
    }

    func testWritingThenReadingGivesTheSameSentences() throws {
        let sentences = try CoNLLU.read(sample)
        let written = CoNLLU.format(sentences)
        XCTAssertEqual(try CoNLLU.read(written), sentences)
        XCTAssertEqual(CoNLLU.format(try CoNLLU.read(written)), written)
    }

    func testMalformedLinesAreRefusedWithTheirLineNumber() {
        XCTAssertThrowsError(try CoNLLU.read("1\tx\t_\n")) { XCTAssertEqual(($0 as? CoNLLUError)?.line, 1) }
        XCTAssertThrowsError(try CoNLLU.read("# c\n1\tx\t_\tX\t_\t_\tnine\tdep\t_\t_\n")) { XCTAssertEqual(($0 as? CoNLLUError)?.line, 2) }
    }

    /// The shipped model gives exactly the figures `train-syntax` recorded for the first 300
    /// sentences of EWT dev.
    func testShippedModelReproducesItsRecordedScores() throws {
        let scores = try String(contentsOf: Self.root.appendingPathComponent("Sources/NewsGraph/Resources/syntax/scores.txt"), encoding: .utf8)
        let name = "ewt/en_ewt-ud-dev.conllu (first 300 sentences)"
        let recorded = try XCTUnwrap(scores.split(separator: "\n").first { $0.hasPrefix(name + ":") })
        let gold = try CoNLLU.read(String(contentsOf: Self.root.appendingPathComponent("data/ud/ewt/en_ewt-ud-dev.conllu"), encoding: .utf8))
        let score = model.score(Array(gold.prefix(300)))
        XCTAssertEqual(score.line(name), String(recorded))
        XCTAssertGreaterThan(score.uas, 0.8)
    }

    private func assertWellFormed(_ parse: DependencyParse, _ words: [String], file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(parse.words, words, file: file, line: line)
        XCTAssertEqual(parse.tags.count, words.count, file: file, line: line)
        guard !words.isEmpty else { return }
        XCTAssertEqual(parse.heads.filter { $0 == -1 }.count, 1, "one root", file: file, line: line)
        XCTAssertEqual(parse.relations[parse.root!], .root, file: file, line: line)
        for (word, head) in parse.heads.enumerated() {
            XCTAssertTrue(head >= -1 && head < words.count && head != word, "head in range", file: file, line: line)
            XCTAssertEqual(parse.ancestors(of: word).last, word == parse.root ? nil : parse.root, "reaches the root, no cycle", file: file, line: line)
            if head >= 0 { XCTAssertNotEqual(parse.relations[word], .root, file: file, line: line) }
        }
    }

    func testHostileInputGivesWellFormedTrees() {
        var random = SplitMix64(seed: 9)
        let pieces = ["the", ",", "Brazil-brokered", "’s", "“", "”", "😀", "", " ", "\t", "ΑΘΗΝΑ", "中文", "2026", "...", "x" + String(repeating: "y", count: 500)]
        var inputs: [[String]] = [[], ["Hello"], ["."], [String](repeating: ".", count: 200), [String](repeating: "😀", count: 7), [""]]
        for length in [2, 3, 17, 60, 200] {
            inputs.append((0..<length).map { _ in pieces[Int(random.next() % UInt64(pieces.count))] })
        }
        for words in inputs {
            assertWellFormed(model.parse(words), words)
            XCTAssertEqual(model.tag(words), model.parse(words).tags)
        }
    }

    func testConcurrentParsesAgreeWithSerialOnes() {
        let sentences = (0..<32).map { ["Envoy", "\($0)", "met", "the", "president", "in", "Lima", "."] }
        let model = SyntaxModel.standard
        let serial = sentences.map(model.parse)
        let results = ParseResults(count: sentences.count)
        DispatchQueue.concurrentPerform(iterations: sentences.count) { results.set($0, model.parse(sentences[$0])) }
        XCTAssertEqual(results.all, serial)
    }

    private func arc(_ parse: DependencyParse, _ dependent: String, _ head: String) -> DependencyRelation? {
        guard let d = parse.words.firstIndex(of: dependent), let h = parse.words.firstIndex(of: head), parse.heads[d] == h else { return nil }
        return parse.relations[d]
    }

    func testSubjectAndObjectOfASimpleClause() {
        let parse = model.parse(["The", "minister", "signed", "the", "agreement", "on", "Monday", "."])
        XCTAssertEqual(parse.root.map { parse.words[$0] }, "signed")
        XCTAssertEqual(arc(parse, "minister", "signed"), .nsubj)
        XCTAssertEqual(arc(parse, "agreement", "signed"), .obj)
        XCTAssertEqual(parse.tags[2], .verb)
    }

    func testPassiveWithByAgent() {
        let parse = model.parse(["The", "embassy", "was", "attacked", "by", "rebels", "."])
        XCTAssertEqual(arc(parse, "embassy", "attacked"), .nsubjPass)
        XCTAssertEqual(arc(parse, "was", "attacked"), .auxPass)
        XCTAssertEqual(arc(parse, "rebels", "attacked")?.universal, .obl)
        XCTAssertEqual(arc(parse, "by", "rebels"), .case)
    }

    func testCoordinatedSubjectsAndRelativeClause() {
        let parse = model.parse(["Brazil", "and", "Chile", "called", "for", "talks", "that", "would", "end", "the", "war", "."])
        XCTAssertEqual(arc(parse, "Brazil", "called"), .nsubj)
        XCTAssertEqual(arc(parse, "Chile", "Brazil"), .conj)
        XCTAssertEqual(arc(parse, "talks", "called"), .obl)
        XCTAssertEqual(arc(parse, "end", "talks"), .aclRelcl)
        XCTAssertEqual(arc(parse, "war", "end"), .obj)
    }

    func testCoordinationInsideANounPhrase() {
        let parse = model.parse(["Envoys", "from", "Chile", ",", "Peru", "and", "Bolivia", "met", "in", "Lima", "."])
        XCTAssertEqual(arc(parse, "Envoys", "met"), .nsubj)
        XCTAssertEqual(arc(parse, "Chile", "Envoys"), .nmod)
        XCTAssertEqual(arc(parse, "Peru", "Chile"), .conj)
        XCTAssertEqual(arc(parse, "Bolivia", "Chile"), .conj)
        XCTAssertEqual(arc(parse, "Lima", "met"), .obl)
    }

    func testCurlyQuotesAndPossessivesAreRead() {
        let parse = model.parse(["Peru", "’s", "president", "said", "“", "no", "”", "."])
        XCTAssertEqual(arc(parse, "Peru", "president"), .nmodPoss)
        XCTAssertEqual(parse.tags[1], .part)
        XCTAssertEqual(parse.tags[4], .punct)
    }

    /// `parse --tokens` prints one line per input word, in the input's order, with its comments.
    func testParseTokensLinesUpWithTheInputWords() throws {
        let directory = try ExtractionTestSupport.temporaryDirectory(self)
        let input = directory.appendingPathComponent("in.conllu")
        try Data(sample.utf8).write(to: input)
        let run = try CommandRunner(directory: directory)(["parse", "--tokens", "in.conllu"])
        XCTAssertEqual(run.status, 0, run.stderr)
        let output = try CoNLLU.read(run.stdout)
        let gold = try CoNLLU.read(sample)
        XCTAssertEqual(output.map(\.words), gold.map(\.words))
        XCTAssertEqual(output.map(\.comments), gold.map(\.comments))
        for line in run.stdout.split(separator: "\n") where !line.hasPrefix("#") {
            XCTAssertEqual(line.split(separator: "\t", omittingEmptySubsequences: false).count, 10)
        }
        let missing = try CommandRunner(directory: directory)(["parse", "--tokens", "nope.conllu"])
        XCTAssertEqual(missing.status, 66)
        XCTAssertTrue(missing.stderr.contains("nope.conllu"))
    }
}

/// Parses written from many threads, under a lock.
private final class ParseResults: @unchecked Sendable {
    private let lock = NSLock()
    private var parses: [DependencyParse?]
    init(count: Int) { parses = [DependencyParse?](repeating: nil, count: count) }
    func set(_ index: Int, _ parse: DependencyParse) { lock.withLock { parses[index] = parse } }
    var all: [DependencyParse] { lock.withLock { parses.map { $0! } } }
}
