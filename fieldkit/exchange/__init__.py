"""Session files: sealing interviews for the lead, verifying them, merging them."""
