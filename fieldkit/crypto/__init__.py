"""Every key and cipher: passphrase key slots, the lead's age identity, signatures."""
