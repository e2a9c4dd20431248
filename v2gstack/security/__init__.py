"""Security layer: the ISO 15118-20 test PKI (:mod:`.pki`), TLS 1.3 contexts (:mod:`.tls`) and XML
signatures over EXI fragments for Plug & Charge (:mod:`.xmldsig`)."""
