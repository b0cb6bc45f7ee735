"""Delivery: subscribers, signed links, providers behind one interface, the resumable ledger."""
