import Foundation

/// General knowledge the extractor reads with: entities with their aliases, demonyms and capitals;
/// titles of office; CAMEO trigger words; given names; common words.
///
/// Loaded from the JSON files under `Resources/lexicon` (format in `docs/lexicon.md`) and
/// from any files a user adds. Lookups are by token-key phrases (see `Folding.word`).
public final class Lexicon: Sendable {
    /// How a phrase names a lexicon entity.
    public enum Role: Sendable, Hashable { case name, demonym, capital }

    /// A phrase of the lexicon that names an entity.
    public struct PhraseMatch: Sendable, Hashable {
        public let entry: Int
        public let role: Role
        /// The phrase as written in the lexicon, checked against the text when `caseSensitive`.
        public let surface: String
        public let caseSensitive: Bool
        /// The phrase's tokens as written, without periods, joined by spaces: what a case-sensitive match compares.
        let written: String
    }

    public let entries: [LexiconEntry]
    let phrases: [String: [PhraseMatch]]
    /// Every proper prefix of a phrase key, so that matching stops as soon as no phrase can continue.
    let phrasePrefixes: Set<String>
    let maxPhraseLength: Int
    let titles: [String: TitleEntry]
    let titlePrefixes: Set<String>
    /// Title keys whose every spelling is in capitals ("PM", "HE"): they match only capitals.
    let capitalTitles: Set<String>
    let maxTitleLength: Int
    public let triggers: [TriggerEntry]
    /// Trigger forms keyed by the key of their first word.
    let triggerForms: [String: [TriggerForm]]
    let givenNames: Set<String>
    let commonWords: Set<String>
    /// Closed word lists of news English.
    public let cues: Cues
    let entryIndexByName: [String: Int]

    /// One inflected form of a trigger: its words' keys.
    struct TriggerForm: Sendable, Hashable {
        let trigger: Int
        let words: [String]
        /// Whether this form is a past participle ("pressed", "sought"), which may head a passive.
        let isParticiple: Bool
        /// Whether this form ends in "-ing".
        var isGerund: Bool { words.first?.hasSuffix("ing") ?? false }
    }

    /// The lexicon shipped with the package.
    public static let standard: Lexicon = {
        do { return try Lexicon(files: Lexicon.bundledFiles()) } catch {
            fatalError("the bundled lexicon is broken: \(error)")
        }
    }()

    /// The bundled lexicon files.
    static func bundledFiles() throws -> [URL] {
        guard let directory = Bundle.module.url(forResource: "lexicon", withExtension: nil) else {
            throw LexiconError(path: "Resources/lexicon", message: "missing from the bundle")
        }
        return try FileManager.default.contentsOfDirectory(at: directory, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "json" }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
    }

    /// The standard lexicon extended with user files (same format; their entries win on conflicts).
    /// - Throws: `LexiconError` naming the file that cannot be read.
    public static func standard(adding userFiles: [String]) throws -> Lexicon {
        if userFiles.isEmpty { return standard }
        return try Lexicon(files: bundledFiles() + userFiles.map { URL(fileURLWithPath: $0) })
    }

    /// Loads lexicon files in order.
    /// - Throws: `LexiconError` naming the first file that is missing or malformed.
    public init(files: [URL]) throws {
        var entries: [LexiconEntry] = []
        var titleEntries: [TitleEntry] = []
        var triggers: [TriggerEntry] = []
        var givenNames = Set<String>()
        var commonWords = Set<String>()
        var cues = Cues()
        for url in files {
            guard let data = FileManager.default.contents(atPath: url.path) else {
                throw LexiconError(path: url.path, message: "cannot read file")
            }
            let file: LexiconFile
            do { file = try JSONDecoder().decode(LexiconFile.self, from: data) } catch {
                throw LexiconError(path: url.path, message: "not a lexicon file: \(error)")
            }
            guard file.format.hasPrefix("newsgraph-") else {
                throw LexiconError(path: url.path, message: "unknown format \"\(file.format)\"")
            }
            entries += file.entities ?? []
            titleEntries += file.titles ?? []
            triggers += file.triggers ?? []
            givenNames.formUnion((file.givenNames ?? []).map { Folding.word(Substring($0)) })
            commonWords.formUnion((file.commonWords ?? []).map { Folding.word(Substring($0)) })
            cues.add(file)
        }
        self.entries = entries
        self.triggers = triggers
        self.givenNames = givenNames
        self.commonWords = commonWords

        var phrases: [String: [PhraseMatch]] = [:]
        var maxLength = 1
        var indexByName: [String: Int] = [:]
        for (index, entry) in entries.enumerated() {
            indexByName[Folding.name(entry.name)] = index
            let sensitive = entry.caseSensitive ?? false
            func add(_ phrase: String, _ role: Role) {
                let keys = Lexicon.keys(of: phrase)
                guard !keys.isEmpty else { return }
                maxLength = max(maxLength, keys.count)
                // Short all-capital acronyms ("US", "UN") match only in capitals, never "us" or "un".
                let acronym = phrase.count <= 5 && phrase.unicodeScalars.filter(\.properties.isAlphabetic).allSatisfy(\.properties.isUppercase)
                let match = PhraseMatch(entry: index, role: role, surface: phrase, caseSensitive: sensitive || acronym,
                                        written: Lexicon.writtenForm(phrase))
                let key = keys.joined(separator: " ")
                // A later file's entry replaces an earlier one of the same type and phrase (user overrides).
                var list = phrases[key] ?? []
                list.removeAll { entries[$0.entry].type == entry.type && $0.role == role && entries[$0.entry].name != entry.name && index > $0.entry }
                list.append(match)
                phrases[key] = list
            }
            add(entry.name, .name)
            entry.aliases?.forEach { add($0, .name) }
            entry.demonyms?.forEach { add($0, .demonym) }
            entry.capitals?.forEach { add($0, .capital) }
        }
        self.phrases = phrases
        self.phrasePrefixes = Lexicon.prefixes(of: phrases.keys)
        self.maxPhraseLength = maxLength
        self.entryIndexByName = indexByName

        var titles: [String: TitleEntry] = [:]
        var maxTitle = 1
        var capitalSpellings: [String: Bool] = [:]
        for title in titleEntries {
            for phrase in [title.title] + (title.variants ?? []) {
                let keys = Lexicon.keys(of: phrase)
                guard !keys.isEmpty else { continue }
                maxTitle = max(maxTitle, keys.count)
                let key = keys.joined(separator: " ")
                titles[key] = title
                let capitals = phrase.unicodeScalars.filter(\.properties.isAlphabetic).allSatisfy(\.properties.isUppercase)
                capitalSpellings[key] = (capitalSpellings[key] ?? true) && capitals
            }
        }
        self.capitalTitles = Set(capitalSpellings.filter(\.value).keys)
        self.titles = titles
        self.titlePrefixes = Lexicon.prefixes(of: titles.keys)
        self.maxTitleLength = maxTitle

        var forms: [String: [TriggerForm]] = [:]
        for (index, trigger) in triggers.enumerated() {
            let words = trigger.lemma.split(separator: " ").map { Folding.word($0) }
            guard let head = words.first else { continue }
            var inflected: [(String, Bool)] = [(head, false)]
            if trigger.pos == "verb" {
                inflected += Inflection.verbForms(head).map { ($0, $0.hasSuffix("ed")) }
            } else {
                inflected.append((Inflection.plural(head), false))
            }
            for form in trigger.forms ?? [] {
                let key = Folding.word(Substring(form))
                inflected.append((key, !key.hasSuffix("ing") && !key.hasSuffix("s")))
            }
            var seen = Set<String>()
            for (form, participle) in inflected where seen.insert(form).inserted {
                forms[form, default: []].append(TriggerForm(trigger: index, words: [form] + words.dropFirst(), isParticiple: participle))
            }
        }
        self.triggerForms = forms
        for (form, list) in forms where list.contains(where: { triggers[$0.trigger].pos == "verb" }) { cues.knownVerbs.insert(form) }
        self.cues = cues
    }

    private static func prefixes<Keys: Sequence>(of keys: Keys) -> Set<String> where Keys.Element == String {
        var prefixes = Set<String>()
        for key in keys {
            var index = key.startIndex
            while let space = key[index...].firstIndex(of: " ") {
                prefixes.insert(String(key[..<space]))
                index = key.index(after: space)
            }
        }
        return prefixes
    }

    /// The longest phrase of `table` spelled by the keys of `tokens` from `start`, at most
    /// `maxLength` tokens long, for which `accept` holds: its length and value.
    /// - Complexity: O(length of the longest phrase starting there).
    func longestPhrase<Value>(_ table: [String: Value], prefixes: Set<String>, _ tokens: [Token], from start: Int, maxLength: Int,
                              accept: (Range<Int>, Value) -> Bool) -> (length: Int, value: Value)? {
        var key = ""
        var best: (length: Int, value: Value)? = nil
        var end = start
        while end < tokens.count && end - start < maxLength {
            if end > start { key += " " }
            key += tokens[end].key
            end += 1
            if let value = table[key], accept(start..<end, value) { best = (end - start, value) }
            if !prefixes.contains(key) { break }
        }
        return best
    }

    /// A phrase's tokens as written, without periods, joined by spaces.
    static func writtenForm(_ phrase: String) -> String {
        let scalars = Array(phrase.unicodeScalars)
        return Tokenizer.tokenize(scalars, 0..<scalars.count).map { String($0.text.filter { $0 != "." }) }.joined(separator: " ")
    }

    /// The token keys of a phrase, as the tokenizer would make them.
    static func keys(of phrase: String) -> [String] {
        let scalars = Array(phrase.unicodeScalars)
        return Tokenizer.tokenize(scalars, 0..<scalars.count).map(\.key)
    }

    /// The entry with this canonical name, if any.
    public func entry(named name: String) -> LexiconEntry? {
        entryIndexByName[Folding.name(name)].map { entries[$0] }
    }

    /// The title of office spelled by these token keys, if any.
    func title(_ key: String) -> TitleEntry? { titles[key] }
}

/// A lexicon file that cannot be used.
public struct LexiconError: Error, CustomStringConvertible, Sendable {
    public let path: String
    public let message: String
    public var description: String { "\(path): \(message)" }
}
