"""Security layer: the ISO 15118-20 test PKI (:mod:`.pki`) and TLS 1.3 contexts (:mod:`.tls`)."""
