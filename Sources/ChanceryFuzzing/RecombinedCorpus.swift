import ChanceryCore

/// A deterministic corpus for store tests and benchmarks: recombined real sentences, published within a few weeks by a
/// handful of outlets, so that many documents report the same events and fusion has work to do.
public enum RecombinedCorpus {
    /// `count` documents recombined from `texts`; document `i` is the same for the same texts, seed and `i`.
    public static func documents(count: Int, texts: [String], seed: UInt64 = 20, days: Int = 30) -> [Document] {
        let recombiner = SentenceRecombiner(texts: texts, seed: seed)
        let first = Day(year: 2026, month: 2, day: 1)
        return (0..<count).map { i in
            let d = recombiner.document(at: i)
            return Document(id: d.id, text: d.text, date: first.adding(days: i % max(1, days)), source: "outlet-\(i % 7)")
        }
    }

    /// Documents as JSON Lines (`id`, `date`, `source`, `text`), the input `chancery ingest` reads.
    public static func jsonLines(_ documents: [Document]) -> String {
        var out = ""
        for d in documents {
            var fields: [(String, JSON)] = [("id", .string(d.id))]
            if let date = d.date { fields.append(("date", .string(date.description))) }
            if let source = d.source { fields.append(("source", .string(source))) }
            fields.append(("text", .string(d.text)))
            out += JSON.object(fields).serialized + "\n"
        }
        return out
    }
}
