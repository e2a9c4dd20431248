"""Generated EXI codecs and message classes (do not edit; see v2gstack/exi/compiler)."""
