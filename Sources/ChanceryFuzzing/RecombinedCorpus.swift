import ChanceryCore

/// A deterministic corpus for store tests and benchmarks: stories of recombined real sentences, each reported by several
/// outlets on the same day, so that fusion has work to do and concurrent workers store reports of the same events at once.
public enum RecombinedCorpus {
    /// `count` documents: `count / outlets` stories recombined from `texts`, `daysApart` days apart from 2000-01-01, each
    /// published by `outlets` outlets (ids `STORY-OUTLET`, consecutive). The same arguments give the same documents.
    ///
    /// Fusion joins a report to the first stored event it fits, so where reports chain (A fits B, B fits C, A does not fit
    /// C) the fused events depend on the order documents arrive in, on any engine. Stories 45 days apart or more do not
    /// chain across stories, so this corpus fuses the same in any order: a fair test of concurrent ingest.
    public static func documents(count: Int, texts: [String], seed: UInt64 = 20, outlets: Int = 5, daysApart: Int = 45)
        -> [Document]
    {
        let recombiner = SentenceRecombiner(texts: texts, seed: seed)
        let first = Day(year: 2000, month: 1, day: 1)
        return (0..<count).map { i in
            let story = recombiner.document(at: i / outlets)
            return Document(
                id: "\(story.id)-\(i % outlets)", text: story.text, date: first.adding(days: (i / outlets) * daysApart),
                source: "outlet-\(i % outlets)")
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
