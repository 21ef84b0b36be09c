import ChanceryStore
import Foundation

/// An Atom 1.0 feed (RFC 4287) of a watchlist's latest events, so an analyst can subscribe in any feed reader.
/// XML needs the same five escapes as HTML, so the feed is built with the `HTML` type and escaped by construction.
enum AtomFeed {
    /// The feed of `list`'s `events`; `base` is the server's address (`http://127.0.0.1:8080`) for absolute links.
    static func render(_ list: Watchlist, events: [FusedEvent], base: String) -> HTML {
        let updated = events.compactMap { stamp($0) }.max() ?? list.createdAt
        var xml: HTML = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">"
        xml += "<title>Chancery watchlist \(list.name)</title><subtitle>\(WatchQuery.summary(list.query))</subtitle>"
        xml += "<id>urn:chancery:watch:\(list.name)</id><updated>\(updated)</updated><generator>Chancery</generator>"
        xml += "<link rel=\"alternate\" type=\"text/html\" href=\"\(base)/watch/\(component: list.name)\"/>"
        xml += "<link rel=\"self\" type=\"application/atom+xml\" href=\"\(base)/watch/\(component: list.name).atom\"/>"
        for e in events {
            let title =
                "\(e.source.actor) → \(e.cameo) \(e.plover) → \(e.target?.actor ?? "no target") (\(e.date.value ?? "date unknown"))"
            xml +=
                "<entry><id>urn:chancery:event:\(e.id)</id><title>\(title)</title><updated>\(stamp(e) ?? list.createdAt)</updated>"
            xml +=
                "<link rel=\"alternate\" type=\"text/html\" href=\"\(base)/events/\(e.id)\"/><author><name>\(e.representative.doc)</name></author>"
            xml +=
                "<summary>\(e.status), \(e.mentionCount) mention\(e.mentionCount == 1 ? "" : "s") in \(e.articleCount) article\(e.articleCount == 1 ? "" : "s"): "
            xml += "\(e.representative.evidence)</summary></entry>"
        }
        return xml + "</feed>\n"
    }

    /// An entry's update time: its last report's day at midnight UTC (RFC 3339), else its event date's first day.
    static func stamp(_ e: FusedEvent) -> String? {
        let day = e.lastReport.flatMap { $0.count == 10 ? $0 : nil } ?? (e.dateStart.count == 10 ? e.dateStart : nil)
        return day.map { $0 + "T00:00:00Z" }
    }
}
