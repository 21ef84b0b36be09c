import ChanceryCore
import Foundation

/// An actor as the store knows it: how often it acts or is acted upon, and the words it was found by.
public struct ActorSummary: Sendable, Equatable {
    /// Canonical name.
    public var actor: String
    /// Country, IGO or region code.
    public var country: String
    /// CAMEO sector.
    public var role: String
    /// Learned from the text (a title or name) rather than found in the lexicon.
    public var discovered: Bool
    /// Fused events it takes part in.
    public var events: Int
    /// Mentions across documents.
    public var mentions: Int
    /// The phrases it was written as.
    public var phrases: [String]

    /// As a JSON object.
    public var json: [(String, ChanceryCore.JSON)] {
        [
            ("actor", .string(actor)), ("code", .string(country + role)), ("country", .string(country)),
            ("role", .string(role)),
            ("discovered", .bool(discovered)), ("events", .int(events)), ("mentions", .int(mentions)),
            ("phrases", .array(phrases.map(ChanceryCore.JSON.string)))
        ]
    }

    /// The CSV header of `csvFields`.
    public static let csvHeader = ["actor", "code", "country", "role", "discovered", "events", "mentions", "phrases"]

    /// As one CSV row's fields, in `csvHeader` order (phrases joined by "|").
    public var csvFields: [String] {
        [
            actor, country + role, country, role, discovered ? "true" : "false", String(events), String(mentions),
            phrases.joined(separator: "|")
        ]
    }
}

extension ActorSummary {
    /// Reads a row of the `actors` query, whose `phrases` column is a JSON array of text.
    init(_ row: StoreRow) {
        actor = row["actor"]
        country = row["country"]
        role = row["role"]
        discovered = row["discovered"]
        events = row["events"]
        mentions = row["mentions"]
        let json: String = row["phrases"]
        phrases = ((try? JSONDecoder().decode([String?].self, from: Data(json.utf8))) ?? []).compactMap { $0 }
    }
}

extension EventStore {
    /// Actors by number of events, most active first; `discoveredOnly` keeps those learned from titles and names.
    public func actors(limit: Int = 1000, discoveredOnly: Bool = false, country: String? = nil) throws -> [ActorSummary]
    {
        var conditions: [StoreSQL] = []
        if discoveredOnly { conditions.append("discovered = 1") }
        if let country { conditions.append("country = \(country)") }
        let filter: StoreSQL = conditions.isEmpty ? "" : "WHERE \(StoreSQL.joined(conditions, separator: " AND "))"
        return try backend.read { db in
            // Each mention counts its source and, when it has one, its target.
            try db.rows(
                """
                SELECT actor, country, role, max(discovered) AS discovered, count(DISTINCT eventId) AS events, count(*) AS mentions,
                    \(raw: db.dialect.jsonArrayOfDistinct("text")) AS phrases
                FROM (SELECT sourceActor AS actor, sourceCountry AS country, sourceRole AS role, sourceDiscovered AS discovered,
                             sourceText AS text, eventId FROM mention
                      UNION ALL
                      SELECT targetActor, targetCountry, targetRole, targetDiscovered, targetText, eventId FROM mention WHERE targetActor IS NOT NULL) AS sides
                \(filter)
                GROUP BY actor, country, role ORDER BY events DESC, mentions DESC, actor LIMIT \(limit)
                """
            ).map { row in
                var actor = ActorSummary(row)
                actor.phrases.sort()
                return actor
            }
        }
    }
}
