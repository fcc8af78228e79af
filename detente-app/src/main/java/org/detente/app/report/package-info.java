/**
 * Briefings: what a diplomat reads in five minutes about a dyad as of a date.
 *
 * <p>A {@link org.detente.app.report.BriefingAssembler} asks the application services once and
 * builds a {@link org.detente.app.report.Briefing}: the whole content, with every figure already
 * put into words, charts already drawn (SVG, by {@link org.detente.app.report.BriefingCharts}) and
 * every source numbered. Three renderers turn that one record into Markdown, HTML and PDF (the PDF
 * is the HTML laid out by openhtmltopdf), so the same content appears in all three and no renderer
 * decides anything. {@link org.detente.app.report.BriefingWriter} writes a briefing to a file.
 */
package org.detente.app.report;
