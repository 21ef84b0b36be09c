extension ActorResolver {
    /// The latest two actors of different countries, the older first: what "the two leaders" and "they" refer to.
    struct RecentPair {
        /// The older of two; nil unless there are two.
        var older: Mention?
        /// The latest; nil when there is none.
        var newer: Mention?

        /// Files `m` as the latest: one of its country gives way, else the older of two.
        mutating func remember(_ m: Mention) {
            // [a, b] + m is [a, m] when b is of m's country, else [b, m] (whether a is of m's country or neither is).
            if newer?.country != m.country { older = newer.take() }
            newer = m
        }

        /// `remember` of each `found[k]` for which `include(k)` holds, in order, copying at most two mentions: the
        /// last such mention is the latest, and the older is the last before it of another country (all in between
        /// share the latest's), else what `remember` of the latest alone leaves.
        mutating func remember(_ found: [Mention], where include: (Int) -> Bool) {
            var last = found.count - 1
            while last >= 0, !include(last) { last -= 1 }
            guard last >= 0 else { return }
            let country = found[last].country
            var k = last - 1
            while k >= 0, !(include(k) && found[k].country != country) { k -= 1 }
            if k >= 0 {
                older = found[k]
                newer = found[last]
            } else {
                remember(found[last])
            }
        }
    }
}
