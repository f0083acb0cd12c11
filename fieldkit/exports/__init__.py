"""Files for other tools: CSV with codebook, Stata, SPSS, GraphML."""

from fieldkit.exports.export import FORMATS, export

__all__ = ["FORMATS", "export"]
