import ChanceryCore
import GRDB

/// Matching events in one country of action, for choropleths.
public struct CountryCount: Sendable, Equatable, Decodable, FetchableRecord {
    /// ISO3 code of the location's country.
    public var country: String
    /// Fused events located there.
    public var count: Int
}

/// Matching events at one gazetteer place with one quad class, for maps.
public struct PlaceCount: Sendable, Equatable, Decodable, FetchableRecord {
    /// The place's name.
    public var name: String
    /// ISO3 code of its country.
    public var country: String
    /// Latitude.
    public var lat: Double
    /// Longitude.
    public var lon: Double
    /// Quad class 1–4.
    public var quad: Int
    /// Fused events there.
    public var events: Int
    /// Their mentions, summed.
    public var mentions: Int
}

/// Matching events of one day and quad class with their Goldstein scores summed, for a dyad over time.
public struct DayWeight: Sendable, Equatable, Decodable, FetchableRecord {
    /// First day of the event's date.
    public var day: String
    /// Quad class 1–4.
    public var quad: Int
    /// Fused events.
    public var count: Int
    /// Sum of their Goldstein scores (−10 to +10 each).
    public var goldstein: Double
}

extension EventStore {
    /// How many matching events each country of action has, most first (events without a location left out).
    public func countryCounts(_ filter: EventFilter) throws -> [CountryCount] {
        let condition = try EventStore.wholeSelection(filter)
        return try pool.read { db in
            try SQLRequest<CountryCount>("""
                SELECT locationCountry AS country, count(*) AS count FROM event
                WHERE \(condition) AND locationCountry IS NOT NULL AND locationCountry <> ''
                GROUP BY locationCountry ORDER BY count DESC, country
                """).fetchAll(db)
        }
    }

    /// The places of matching events with coordinates, by place and quad class, most mentioned first, at most `limit`.
    public func placeCounts(_ filter: EventFilter, limit: Int) throws -> [PlaceCount] {
        let condition = try EventStore.wholeSelection(filter)
        return try pool.read { db in
            try SQLRequest<PlaceCount>("""
                SELECT locationName AS name, coalesce(locationCountry, '') AS country, lat, lon, quad, count(*) AS events,
                    sum(mentions) AS mentions
                FROM event WHERE \(condition) AND lat IS NOT NULL AND lon IS NOT NULL AND locationName IS NOT NULL
                GROUP BY locationName, lat, lon, quad ORDER BY mentions DESC, name, quad LIMIT \(limit)
                """).fetchAll(db)
        }
    }

    /// Matching events per day and quad class with their Goldstein scores summed (events with unknown dates left out).
    public func dayWeights(_ filter: EventFilter) throws -> [DayWeight] {
        let condition = try EventStore.wholeSelection(filter)
        return try pool.read { db in
            try SQLRequest<DayWeight>("""
                SELECT dateStart AS day, quad, count(*) AS count, total(goldstein) AS goldstein FROM event
                WHERE \(condition) AND dateStart <> '' GROUP BY dateStart, quad ORDER BY dateStart
                """).fetchAll(db)
        }
    }
}
