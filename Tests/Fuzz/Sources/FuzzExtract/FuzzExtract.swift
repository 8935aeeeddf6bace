// libFuzzer target: the article reader, the sentence splitter and the extractor.
//
// bytes → Article(id:path:data:) (may throw ArticleError: fine) → SentenceSplitter → Extractor
// → problems() → jsonData() → Graph.decode round trip. Bytes the reader refuses are also read
// leniently (invalid sequences replaced by U+FFFD) so that the extractor sees every input.
//
// Any crash, any broken invariant (checked below with `require`, which traps) and any input
// that takes more than the linear time budget is a finding. Keep these checks in step with
// Tests/NewsGraphTests/FuzzRegressionTests.swift, which replays the findings.
import Foundation
import NewsGraph

private let extractor = Extractor()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzExtract(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = data.map { Data(bytes: $0, count: size) } ?? Data()
    let started = DispatchTime.now().uptimeNanoseconds
    do {
        let article = try Article(id: "fuzz", path: "fuzz.txt", data: bytes)
        check(article)
    } catch let error as ArticleError {
        require(error.path == "fuzz.txt" && !error.message.isEmpty, "ArticleError without a message: \(error)")
        require(!error.message.contains(where: \.isNewline), "the error is more than one line: \(error.message)")
        check(Article(id: "fuzz", path: "fuzz.txt", text: String(decoding: bytes, as: UTF8.self)))
    } catch {
        require(false, "Article(data:) threw something other than ArticleError: \(error)")
    }
    // Linear time: a fixed allowance (the first input also loads the lexicon) plus a per-byte
    // budget about six times the instrumented cost (some 8 µs a byte under -sanitize=address),
    // so that only a superlinear blow-up trips it; libFuzzer's -timeout=10 catches hangs.
    let elapsed = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
    let budget = 2.0 + Double(size) * 50e-6
    require(elapsed <= budget, "superlinear: \(size) bytes took \(elapsed) s (budget \(budget) s)")
    return 0
}

private func check(_ article: Article) {
    let scalars = Array(article.text.unicodeScalars)
    let sentences = SentenceSplitter.split(article)
    for (position, sentence) in sentences.enumerated() {
        require(sentence.index == position, "sentence \(position) has index \(sentence.index)")
        require(0 <= sentence.start && sentence.start < sentence.end && sentence.end <= scalars.count,
                "sentence \(position) has offsets \(sentence.start)..<\(sentence.end) in \(scalars.count) scalars")
        require(!sentence.tokens.isEmpty && sentence.tokens.count <= SentenceSplitter.maxTokens,
                "sentence \(position) has \(sentence.tokens.count) tokens")
        require(sentence.text == String(String.UnicodeScalarView(scalars[sentence.start..<sentence.end])),
                "sentence \(position) text is not its slice of the article")
        var previousEnd = sentence.start
        for token in sentence.tokens {
            require(previousEnd <= token.start && token.start < token.end && token.end <= sentence.end,
                    "sentence \(position): token \"\(token.text)\" at \(token.start)..<\(token.end) out of order")
            previousEnd = token.end
        }
        if position > 0 {
            require(sentences[position - 1].end <= sentence.start, "sentences \(position - 1) and \(position) overlap")
        }
    }

    let graph = extractor.graph(of: article)
    let problems = graph.problems()
    require(problems.isEmpty, "extracted graph breaks the contract: \(problems.map(\.description))")
    for edge in graph.edges {
        require(!edge.evidence.isEmpty, "edge \(edge.id) has no evidence")
        for evidence in edge.evidence {
            require(evidence.article == article.id && evidence.sentence >= 0 && evidence.sentence < sentences.count,
                    "edge \(edge.id): evidence names sentence \(evidence.sentence) of \(sentences.count)")
            let sentence = sentences[evidence.sentence]
            require(evidence.start == sentence.start && evidence.end == sentence.end && evidence.text == sentence.text,
                    "edge \(edge.id): evidence does not match sentence \(evidence.sentence)")
        }
    }
    let json: Data
    do { json = try graph.jsonData() } catch { fatalError("jsonData() threw: \(error)") }
    let decoded: Graph
    do { decoded = try Graph.decode(json, path: "fuzz.json") } catch { fatalError("the graph's own JSON does not decode: \(error)") }
    require(decoded == graph, "the graph changed in a JSON round trip")
    require((try? decoded.jsonData()) == json, "the JSON bytes changed in a round trip")
    // `newsgraph annotate` reads the article again and marks up every sentence; on small
    // inputs only, since it repeats the whole extraction.
    if article.text.utf8.count <= 4096 { _ = extractor.annotate(article) }
}

/// Traps (a libFuzzer "deadly signal") with a message when an invariant is broken.
private func require(_ condition: Bool, _ message: @autoclosure () -> String) {
    if !condition { fatalError("fuzz-extract: " + message()) }
}
