import ChanceryCore

/// Matching events in one country of action, for choropleths.
public struct CountryCount: Sendable, Equatable {
    /// ISO3 code of the location's country.
    public var country: String
    /// Fused events located there.
    public var count: Int

    /// Reads a row of the country query.
    init(_ row: StoreRow) {
        country = row["country"]
        count = row["count"]
    }
}

/// Matching events at one gazetteer place with one quad class, for maps.
public struct PlaceCount: Sendable, Equatable {
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

    /// Reads a row of the place query.
    init(_ row: StoreRow) {
        name = row["name"]
        country = row["country"]
        lat = row["lat"]
        lon = row["lon"]
        quad = row["quad"]
        events = row["events"]
        mentions = row["mentions"]
    }
}

/// Matching events of one day and quad class with their Goldstein scores summed, for a dyad over time.
public struct DayWeight: Sendable, Equatable {
    /// First day of the event's date.
    public var day: String
    /// Quad class 1–4.
    public var quad: Int
    /// Fused events.
    public var count: Int
    /// Sum of their Goldstein scores (−10 to +10 each).
    public var goldstein: Double

    /// Reads a row of the day query.
    init(_ row: StoreRow) {
        day = row["day"]
        quad = row["quad"]
        count = row["count"]
        goldstein = row["goldstein"]
    }
}

extension EventStore {
    /// How many matching events each country of action has, most first (events without a location left out).
    public func countryCounts(_ filter: EventFilter) throws -> [CountryCount] {
        try filter.validate()
        return try backend.read { db in
            try db.rows(
                """
                SELECT locationCountry AS country, count(*) AS count FROM event
                WHERE \(EventStore.wholeSelection(filter, db.dialect)) AND locationCountry IS NOT NULL AND locationCountry <> ''
                GROUP BY locationCountry ORDER BY count DESC, country
                """
            ).map(CountryCount.init)
        }
    }

    /// The places of matching events with coordinates, by place and quad class, most mentioned first, at most `limit`.
    public func placeCounts(_ filter: EventFilter, limit: Int) throws -> [PlaceCount] {
        try filter.validate()
        return try backend.read { db in
            try db.rows(
                """
                SELECT locationName AS name, coalesce(\(raw: db.dialect.sharedValue("locationCountry")), '') AS country, lat, lon,
                    quad, count(*) AS events,
                    CAST(sum(mentions) AS BIGINT) AS mentions
                FROM event WHERE \(EventStore.wholeSelection(filter, db.dialect)) AND lat IS NOT NULL AND lon IS NOT NULL AND locationName IS NOT NULL
                GROUP BY locationName, lat, lon, quad ORDER BY mentions DESC, name, quad LIMIT \(limit)
                """
            ).map(PlaceCount.init)
        }
    }

    /// Matching events per day and quad class with their Goldstein scores summed (events with unknown dates left out).
    public func dayWeights(_ filter: EventFilter) throws -> [DayWeight] {
        try filter.validate()
        return try backend.read { db in
            try db.rows(
                """
                SELECT dateStart AS day, quad, count(*) AS count, coalesce(sum(goldstein), 0.0) AS goldstein FROM event
                WHERE \(EventStore.wholeSelection(filter, db.dialect)) AND dateStart <> '' GROUP BY dateStart, quad ORDER BY dateStart
                """
            ).map(DayWeight.init)
        }
    }
}
