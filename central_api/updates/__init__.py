"""Client updates: the centre publishes, per platform, the current and minimum counter versions
and the signed installer package (signed offline with the release key; the centre only serves)."""
