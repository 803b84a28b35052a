"""The live board across the ten sites: counter heartbeats and today's figures (issue 12)."""
