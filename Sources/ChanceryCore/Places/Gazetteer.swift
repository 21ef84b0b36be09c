import Foundation

/// A place the gazetteer knows: name, country and coordinates.
public struct Place: Sendable, Hashable {
    /// English name.
    public var name: String
    /// ISO3 country.
    public var country: String
    /// Latitude.
    public var lat: Double
    /// Longitude.
    public var lon: Double
    /// Population, to prefer the bigger of two places with one name.
    public var population: Int
}

/// Capitals, major cities and countries with coordinates (`Gazetteer/places.tsv`, GeoNames CC BY 4.0).
public struct Gazetteer: Sendable {
    /// Places by name and alias.
    public private(set) var places = PhraseIndex<Place>()

    /// Loads `name country lat lon population feature aliases` rows.
    public init(locator: ResourceLocator) {
        var best: [String: Place] = [:]
        for url in locator.files(in: "Gazetteer") {
            for (_, c) in TSVFile.rows(url).rows where c.count >= 4 {
                guard let lat = Double(c[2]), let lon = Double(c[3]) else { continue }
                let place = Place(name: c[0], country: c[1], lat: lat, lon: lon, population: c.count > 4 ? Int(c[4]) ?? 0 : 0)
                var names = [c[0]]
                if c.count > 6 { names += c[6].split(separator: "|").map { String($0) } }
                for name in names where !name.isEmpty {
                    let key = name.lowercased()
                    if let old = best[key], old.population >= place.population { continue }
                    best[key] = place
                }
            }
        }
        for (name, place) in best.sorted(by: { $0.key < $1.key }) {
            // Capitalised place names only match capitalised text: "Nice", "Mobile", "Split".
            places.add(name.prefix(1).uppercased() + name.dropFirst(), place, replace: true)
        }
    }

    /// The longest place name at token `i`.
    public func place(_ tokens: [Token], at i: Int, limit: Int) -> (length: Int, place: Place)? {
        guard tokens[i].isCapitalized, let hit = places.longest(tokens, at: i, limit: limit) else { return nil }
        return (hit.length, hit.entry.value)
    }
}
