"""PDF reports (reportlab): interview summary, study summary, anonymisation report."""
