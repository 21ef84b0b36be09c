/// What a physical line of a document is, so that only prose reaches sentence analysis.
public enum LineKind: String, Sendable {
    /// Blank.
    case empty
    /// The crawl layout's `date YYYY-MM-DD` line.
    case dateLine
    /// The headline.
    case headline
    /// Article prose.
    case prose
    /// A photo caption ending in a credit ("Emmanuel Bonne. EPA / TASS").
    case caption
    /// A byline or dateline ("By Jane Doe", "Reuters | Washington DC | Updated: ...").
    case byline
    /// Site furniture: view counters, "Loading...", "Latest news", share and subscribe lines.
    case navigation
}
