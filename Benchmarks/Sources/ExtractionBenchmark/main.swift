// Extraction speed on one core: the seed articles repeated into a corpus of about 10 MB,
// read article by article on the calling thread. Prints words per second (median of the runs)
// and the peak resident memory of the process.
import Foundation
import NewsGraph

let arguments = CommandLine.arguments
let seedsDirectory = arguments.count > 1 ? arguments[1] : "seeds"
let targetBytes = arguments.count > 2 ? Int(arguments[2])! : 10_000_000
let runs = arguments.count > 3 ? Int(arguments[3])! : 5

let files = try FileManager.default.contentsOfDirectory(atPath: seedsDirectory).filter { $0.hasSuffix(".txt") }.sorted()
let seeds = try files.map { try String(contentsOfFile: "\(seedsDirectory)/\($0)", encoding: .utf8) }
guard !seeds.isEmpty else { fatalError("no .txt articles in \(seedsDirectory)") }

var articles: [Article] = []
var bytes = 0
while bytes < targetBytes {
    let text = seeds[articles.count % seeds.count]
    articles.append(Article(id: "a\(articles.count)", path: "a\(articles.count).txt", text: text))
    bytes += text.utf8.count
}
let words = articles.reduce(0) { $0 + $1.text.split(whereSeparator: \.isWhitespace).count }

let extractor = Extractor()
_ = extractor.graph(of: articles[0])  // load the lexicon outside the timing

var rates: [Double] = []
var edges = 0
for run in 1...runs {
    let start = DispatchTime.now().uptimeNanoseconds
    edges = 0
    for article in articles { edges += extractor.graph(of: article).edges.count }
    let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    rates.append(Double(words) / seconds)
    print(String(format: "run %d: %.2f s, %.0f words/s", run, seconds, Double(words) / seconds))
}
rates.sort()
var usage = rusage()
getrusage(RUSAGE_SELF.rawValue, &usage)
print(String(format: "corpus: %.1f MB, %d articles, %d words, %d edges per run", Double(bytes) / 1e6, articles.count, words, edges))
print(String(format: "median: %.0f words/s on one core (min %.0f, max %.0f over %d runs)", rates[rates.count / 2], rates.first!, rates.last!, runs))
print(String(format: "peak memory: %.1f MB resident", Double(usage.ru_maxrss) / 1024))
