"""Schema compiler: XSD -> EXI 1.0 schema-informed grammars -> generated Python codecs and classes.

Development-time only (needs the ``codegen`` extra, i.e. ``xmlschema``). Run
``python -m v2gstack.exi.compiler [XSD_DIR]`` to regenerate ``v2gstack/exi/generated``.
"""
