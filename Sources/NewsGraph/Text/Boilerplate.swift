/// Recognises the lines of a web page that are not the article: share and comment widgets,
/// category lines, agency credits, and the footers after which nothing belongs to the article.
enum Boilerplate {
    /// Whole lines (folded to lowercase, trailing colon dropped) that are page furniture.
    static let lines: Set<String> = [
        "share", "share this", "share this article", "share on facebook", "share on twitter", "tweet", "email", "print",
        "comment", "comments", "comment list", "leave a comment", "leave a reply", "advertisement", "sponsored",
        "related", "related articles", "related posts", "read more", "also read", "see also", "follow us", "subscribe",
        "click here", "listen", "listen to this article", "save", "copy link", "whatsapp", "facebook", "twitter", "linkedin",
    ]
    /// Line beginnings (lowercase) of page furniture.
    static let prefixes: [String] = [
        "categories:", "category:", "tags:", "tagged:", "filed under", "posted in", "read more:", "also read:",
        "related:", "(with agency inputs", "(with inputs from", "(additional reporting", "(reporting by", "(editing by",
        "copyright ©", "© ", "click here", "follow us on", "subscribe to", "sign up for",
    ]
    /// Line beginnings (lowercase) after which the rest of the page is not the article.
    static let footers: [String] = [
        "recent random post", "recent posts", "you may also like", "more from", "related posts", "latest news", "most read",
        "trending now", "popular posts",
    ]

    /// Lines longer than this are never furniture.
    static let longestLine = 120

    enum Verdict { case text, furniture, footer }

    static func classify(_ line: String) -> Verdict {
        let lower = line.lowercased()
        for footer in footers where lower.hasPrefix(footer) { return .footer }
        var trimmed = lower
        while let last = trimmed.last, last == ":" || last == "." || last == " " { trimmed.removeLast() }
        if lines.contains(trimmed) { return .furniture }
        for prefix in prefixes where lower.hasPrefix(prefix) { return .furniture }
        return .text
    }
}
