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
    /// Rows that could not be read, with file and line (they are skipped).
    public private(set) var problems: [TSVFile.Problem] = []

    /// Loads `name country lat lon population feature aliases` rows.
    public init(locator: ResourceLocator) {
        var best: [String: Place] = [:]
        for url in locator.files(in: "Gazetteer") {
            let file = TSVFile.rows(url)
            problems += file.problems
            for (line, c) in file.rows {
                guard c.count >= 4, let lat = Double(c[2]), let lon = Double(c[3]), (-90...90).contains(lat),
                    (-180...180).contains(lon)
                else {
                    problems.append(
                        .init(
                            file: url.path, line: line,
                            message:
                                "expected name<TAB>country<TAB>latitude<TAB>longitude[<TAB>population<TAB>feature<TAB>aliases]; row skipped"
                        ))
                    continue
                }
                let place = Place(
                    name: c[0], country: c[1], lat: lat, lon: lon, population: c.count > 4 ? Int(c[4]) ?? 0 : 0)
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
