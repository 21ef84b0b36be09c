import ChanceryCore
import Foundation
import GRDB

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
        [("actor", .string(actor)), ("code", .string(country + role)), ("country", .string(country)), ("role", .string(role)),
         ("discovered", .bool(discovered)), ("events", .int(events)), ("mentions", .int(mentions)),
         ("phrases", .array(phrases.map(ChanceryCore.JSON.string)))]
    }

    /// The CSV header of `csvFields`.
    public static let csvHeader = ["actor", "code", "country", "role", "discovered", "events", "mentions", "phrases"]

    /// As one CSV row's fields, in `csvHeader` order (phrases joined by "|").
    public var csvFields: [String] {
        [actor, country + role, country, role, discovered ? "true" : "false", String(events), String(mentions), phrases.joined(separator: "|")]
    }
}



extension EventStore {
    /// Actors by number of events, most active first; `discoveredOnly` keeps those learned from titles and names.
    public func actors(limit: Int = 1000, discoveredOnly: Bool = false, country: String? = nil) throws -> [ActorSummary] {
        var conditions: [String] = []
        var args: [(any DatabaseValueConvertible)?] = []
        if discoveredOnly { conditions.append("discovered = 1") }
        if let country { conditions.append("country = ?"); args.append(country) }
        args.append(limit)
        let sql = """
            SELECT actor, country, role, max(discovered) AS discovered, count(DISTINCT eventId) AS events, count(*) AS mentions,
                json_group_array(DISTINCT text) AS phrases
            FROM (SELECT sourceActor AS actor, sourceCountry AS country, sourceRole AS role, sourceDiscovered AS discovered,
                         sourceText AS text, eventId FROM mention
                  UNION ALL
                  SELECT targetActor, targetCountry, targetRole, targetDiscovered, targetText, eventId FROM mention WHERE targetActor IS NOT NULL)
            \(conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND "))
            GROUP BY actor, country, role ORDER BY events DESC, mentions DESC, actor LIMIT ?
            """
        return try pool.read { db in
            try Row.fetchAll(db, sql: sql, arguments: StatementArguments(args)).map { row in
                let phrases = (try? JSONSerialization.jsonObject(with: Data((row["phrases"] as String).utf8))) as? [String] ?? []
                return ActorSummary(actor: row["actor"], country: row["country"], role: row["role"], discovered: row["discovered"],
                                    events: row["events"], mentions: row["mentions"], phrases: phrases.sorted())
            }
        }
    }
}
