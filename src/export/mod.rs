//! PDF export of the chart, the competency profile and the PESTLE report (to come).
