"""Files for other tools: CSV with codebook, Stata, SPSS, GraphML."""
