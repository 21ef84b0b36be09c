import ChanceryCore
import Foundation

/// The formats `chancery export` writes: one fused event a line.
public enum ExportFormat: String, Sendable, CaseIterable {
    /// The fused event record with its mentions (`FusedEvent.json`).
    case jsonl
    /// A flat table with a header row (RFC 4180 quoting).
    case csv
    /// The 61 tab-separated columns of the GDELT 2.0 event table, no header.
    case gdelt

    /// The header line, if the format has one.
    public var header: String? {
        self == .csv ? CSVRow.header.joined(separator: ",") : nil
    }

    /// One event as a line (without the newline).
    public func line(_ e: FusedEvent) -> String {
        switch self {
        case .jsonl: return e.json.serialized
        case .csv: return CSVRow.fields(e).map(CSVRow.quote).joined(separator: ",")
        case .gdelt: return GDELTRow.fields(e).map(GDELTRow.clean).joined(separator: "\t")
        }
    }
}

/// The CSV export row: one fused event, comma-separated with quoting.
public enum CSVRow {
    /// Column names of the header row, in `fields` order.
    static let header = [
        "id", "date", "date_precision", "date_basis", "date_start", "date_end",
        "source_actor", "source_code", "source_country", "source_role",
        "target_actor", "target_code", "target_country", "target_role",
        "cameo", "root", "quad", "plover", "goldstein", "status", "mentions", "sources", "articles",
        "location", "location_country", "lat", "lon", "first_report", "last_report", "doc", "sentence", "evidence",
        "url"
    ]

    /// One event's fields, unquoted, in `header` order.
    static func fields(_ e: FusedEvent) -> [String] {
        func num(_ d: Double?) -> String { d.map { String($0) } ?? "" }
        return [
            String(e.id), e.date.value ?? "", e.date.precision?.rawValue ?? "", e.date.basis.rawValue, e.dateStart, e.dateEnd,
            e.source.actor, e.source.code, e.source.country, e.source.role,
            e.target?.actor ?? "", e.target?.code ?? "", e.target?.country ?? "", e.target?.role ?? "",
            e.cameo, e.root, String(e.quad), e.plover, String(e.goldstein), e.status,
            String(e.mentionCount), String(e.sourceCount), String(e.articleCount),
            e.location?.name ?? "", e.location?.country ?? "", num(e.location?.lat), num(e.location?.lon),
            e.firstReport ?? "", e.lastReport ?? "", e.representative.doc, String(e.representative.sentence),
            e.representative.evidence, e.url ?? ""
        ]
    }

    /// Quotes a field when it holds a comma, quote or line break.
    public static func quote(_ s: String) -> String {
        guard s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return s }
        return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

/// The GDELT 2.0 event table row (codebook column order).
///
/// Actor codes are Chancery's CAMEO actor codes; IGOs go to KnownGroupCode without their `IGO` prefix.
/// Geography: only the action's location is known, with FIPS 10-4 country codes as GDELT uses them.
/// AvgTone is left empty: Chancery does not measure tone. DATEADDED is the first report's date.
enum GDELTRow {
    /// Columns of the GDELT 2.0 event table.
    static let columnCount = 61

    /// ISO3 → FIPS 10-4, from the bundled GeoNames table.
    static let fips: [String: String] = {
        guard
            let url = Bundle.module.url(forResource: "fips-countries", withExtension: "tsv", subdirectory: "Resources")
        else { return [:] }
        var map: [String: String] = [:]
        for (_, c) in TSVFile.rows(url).rows where c.count >= 2 { map[c[0]] = c[1] }
        return map
    }()

    /// The ten Actor1 or Actor2 columns of a party; empty without one.
    static func actor(_ p: Event.Party?) -> [String] {
        guard let p else { return Array(repeating: "", count: 10) }
        let igo = p.country.hasPrefix("IGO")
        return [
            p.code, p.actor.uppercased(), igo ? "" : p.country, igo ? String(p.country.dropFirst(3)) : "", "", "", "",
            p.role, "", ""
        ]
    }

    /// One event's `columnCount` fields, in codebook order.
    static func fields(_ e: FusedEvent) -> [String] {
        let day = Day(iso: e.dateStart) ?? e.firstReport.flatMap { Day(iso: $0) }
        func compact(_ d: Day?) -> String { d.map { $0.description.replacingOccurrences(of: "-", with: "") } ?? "" }
        let sqlDate = compact(day)
        var row = [String(e.id), sqlDate, String(sqlDate.prefix(6)), String(sqlDate.prefix(4))]
        if let day {
            let dayOfYear = day.ordinal - Day(year: day.year, month: 1, day: 1).ordinal + 1
            row.append(String(format: "%.4f", Double(day.year) + Double(dayOfYear) / 365.0))
        } else {
            row.append("")
        }
        row += actor(e.source) + actor(e.target)
        row += [
            e.representative.sentence <= 0 ? "1" : "0", e.cameo, String(e.cameo.prefix(3)), e.root, String(e.quad),
            String(e.goldstein), String(e.mentionCount), String(e.sourceCount), String(e.articleCount), ""
        ]
        let noGeo = Array(repeating: "", count: 8)
        row += noGeo + noGeo
        if let l = e.location {
            let isCountry =
                l.name.count > 3 && l.country.count == 3 && l.text == l.name && (fips[l.country] != nil) && l.lat == nil
            row += [
                isCountry ? "1" : "4", l.name, fips[l.country] ?? "", "", "", l.lat.map { String($0) } ?? "",
                l.lon.map { String($0) } ?? "", ""
            ]
        } else {
            row += noGeo
        }
        row += [e.firstReport.flatMap { Day(iso: $0) }.map { compact($0) + "000000" } ?? "", e.url ?? ""]
        return row
    }

    /// Tabs and line breaks would break the row.
    static func clean(_ s: String) -> String {
        s.contains(where: { $0 == "\t" || $0 == "\n" || $0 == "\r" })
            ? s.replacingOccurrences(of: "\t", with: " ")
                .replacingOccurrences(of: "\n", with: " ").replacingOccurrences(of: "\r", with: " ") : s
    }
}
