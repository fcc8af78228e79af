package org.detente.app.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.detente.app.report.Briefing.Chart;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.renderer.xy.XYStepRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.time.Day;
import org.jfree.data.time.Month;
import org.jfree.data.time.TimeSeries;
import org.jfree.data.time.TimeSeriesCollection;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.svg.MeetOrSlice;
import org.jfree.svg.PreserveAspectRatio;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

/**
 * Draws the briefing's charts on the server with JFreeChart into SVG (JFreeSVG): vector drawings
 * that HTML shows inline, openhtmltopdf lays out as vector graphics, and Markdown links as files.
 * The output is deterministic: the same data give the same SVG, byte for byte.
 */
final class BriefingCharts {
    static final int WIDTH = 640;
    static final int HEIGHT = 280;
    private static final Color[] SERIES = {new Color(0x1f4e79), new Color(0xb03a2e), new Color(0x555555)};
    private static final Color MET = new Color(0x2e7d32);
    private static final Color READY = new Color(0xe0a800);
    private static final Color BLOCKED = new Color(0xb03a2e);

    private BriefingCharts() {
    }

    /** A point of a staffing series: the total on a date, or empty when no source gives it. */
    record StaffPoint(LocalDate date, OptionalInt total) {
    }

    /** One series per direction (label → points in date order), drawn as steps. */
    static Chart staffing(String id, String title, String caption, Map<String, List<StaffPoint>> series) {
        TimeSeriesCollection data = new TimeSeriesCollection();
        for (Map.Entry<String, List<StaffPoint>> entry : series.entrySet()) {
            TimeSeries line = new TimeSeries(entry.getKey());
            for (StaffPoint point : entry.getValue()) {
                line.addOrUpdate(day(point.date()), point.total().isPresent() ? (Number) point.total().getAsInt() : null);
            }
            data.addSeries(line);
        }
        JFreeChart chart = ChartFactory.createTimeSeriesChart(null, null, "people", data, true, false, false);
        XYPlot plot = chart.getXYPlot();
        XYStepRenderer renderer = new XYStepRenderer();
        plot.setRenderer(renderer);
        style(chart, plot);
        return new Chart(id, title, caption, svg(id, chart));
    }

    /** A point of the comparison chart: months since the case's trigger, and what it marks. */
    record CasePoint(double months, Kind kind) {
        enum Kind {
            /** A goal of a kind met then. */
            MET,
            /** A goal of a kind still open when observation ended (censored). */
            OPEN,
            /** Where the case stands: the end of its observation. */
            STANDING
        }
    }

    /** The cases on one axis, months since each one's trigger (case name → its points), one row per case. */
    static Chart comparison(String id, String title, String caption, Map<String, List<CasePoint>> byCase) {
        XYSeriesCollection data = new XYSeriesCollection();
        XYSeries met = new XYSeries("goal met", false, true);
        XYSeries open = new XYSeries("goal still open", false, true);
        XYSeries standing = new XYSeries("where the case stands", false, true);
        List<String> names = List.copyOf(byCase.keySet());
        for (int row = 0; row < names.size(); row++) {
            for (CasePoint point : byCase.get(names.get(row))) {
                (point.kind() == CasePoint.Kind.MET ? met : point.kind() == CasePoint.Kind.OPEN ? open : standing)
                        .add(point.months(), names.size() - 1 - row);
            }
        }
        data.addSeries(met);
        data.addSeries(open);
        data.addSeries(standing);
        // The first case on top: rows are numbered from the bottom.
        String[] labels = new String[names.size()];
        for (int row = 0; row < names.size(); row++) {
            labels[names.size() - 1 - row] = names.get(row);
        }
        SymbolAxis cases = new SymbolAxis(null, labels);
        cases.setTickLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        cases.setGridBandsVisible(false);
        NumberAxis months = new NumberAxis("months since the trigger");
        months.setAutoRangeIncludesZero(true);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, true);
        renderer.setSeriesShape(0, new Ellipse2D.Double(-4, -4, 8, 8));
        renderer.setSeriesPaint(0, MET);
        renderer.setSeriesShape(1, new Ellipse2D.Double(-4, -4, 8, 8));
        renderer.setSeriesShapesFilled(1, false);
        renderer.setSeriesPaint(1, new Color(0x555555));
        renderer.setSeriesShape(2, new Rectangle2D.Double(-1.5, -9, 3, 18));
        renderer.setSeriesPaint(2, SERIES[0]);
        renderer.setUseOutlinePaint(false);
        XYPlot plot = new XYPlot(data, months, cases, renderer);
        plot.setOrientation(PlotOrientation.VERTICAL);
        JFreeChart chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        style(chart, plot);
        // style() gives every series a line colour; the shapes keep theirs.
        renderer.setSeriesPaint(0, MET);
        renderer.setSeriesPaint(1, new Color(0x555555));
        renderer.setSeriesPaint(2, SERIES[0]);
        plot.getRangeAxis().setTickLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        return new Chart(id, title, caption, svg(id, chart));
    }

    /** The cumulative escalation index of each side and the net, by month. */
    static Chart escalation(String id, String title, String caption, Map<String, Map<YearMonth, Double>> series) {
        TimeSeriesCollection data = new TimeSeriesCollection();
        for (Map.Entry<String, Map<YearMonth, Double>> entry : series.entrySet()) {
            TimeSeries line = new TimeSeries(entry.getKey());
            entry.getValue().forEach((month, value) -> line.addOrUpdate(new Month(month.getMonthValue(), month.getYear()), value));
            data.addSeries(line);
        }
        JFreeChart chart = ChartFactory.createTimeSeriesChart(null, null, "cumulative Goldstein score", data, true,
                false, false);
        XYPlot plot = chart.getXYPlot();
        plot.setRenderer(new XYLineAndShapeRenderer(true, false));
        style(chart, plot);
        return new Chart(id, title, caption, svg(id, chart));
    }

    /** Goals met, ready and blocked per track (track title → counts met, ready, blocked). */
    static Chart roadmapStatus(String id, String title, String caption, Map<String, int[]> byTrack) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        String[] statuses = {"met", "ready", "blocked"};
        for (Map.Entry<String, int[]> entry : byTrack.entrySet()) {
            for (int i = 0; i < statuses.length; i++) {
                data.addValue(entry.getValue()[i], statuses[i], entry.getKey());
            }
        }
        JFreeChart chart = ChartFactory.createStackedBarChart(null, null, "goals", data, PlotOrientation.HORIZONTAL,
                true, false, false);
        CategoryPlot plot = chart.getCategoryPlot();
        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setSeriesPaint(0, MET);
        renderer.setSeriesPaint(1, READY);
        renderer.setSeriesPaint(2, BLOCKED);
        renderer.setMaximumBarWidth(0.12);
        plot.getRangeAxis().setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xcccccc));
        plot.getDomainAxis().setTickLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        // Track titles are wrapped onto up to three lines in up to 40% of the width, never cut off.
        plot.getDomainAxis().setMaximumCategoryLabelLines(3);
        plot.getDomainAxis().setMaximumCategoryLabelWidthRatio(0.4f);
        chart.setBackgroundPaint(Color.WHITE);
        chart.getLegend().setItemFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        return new Chart(id, title, caption, svg(id, chart));
    }

    private static void style(JFreeChart chart, XYPlot plot) {
        chart.setBackgroundPaint(Color.WHITE);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(0xdddddd));
        plot.setRangeGridlinePaint(new Color(0xdddddd));
        for (int i = 0; i < plot.getSeriesCount(); i++) {
            plot.getRenderer().setSeriesPaint(i, SERIES[i % SERIES.length]);
            plot.getRenderer().setSeriesStroke(i, new BasicStroke(2f));
        }
        plot.getDomainAxis().setTickLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        plot.getRangeAxis().setTickLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        plot.getRangeAxis().setLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        if (chart.getLegend() != null) {
            chart.getLegend().setItemFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        }
    }

    private static String svg(String id, JFreeChart chart) {
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        chart.setTitle((TextTitle) null);
        SVGGraphics2D g2 = new SVGGraphics2D(WIDTH, HEIGHT);
        // JFreeSVG names its clip paths after the clock by default; a fixed prefix makes the output reproducible.
        g2.setDefsKeyPrefix(id + "-");
        chart.draw(g2, new Rectangle(0, 0, WIDTH, HEIGHT));
        String svg = g2.getSVGElement("chart-" + id, false, new ViewBox(0, 0, WIDTH, HEIGHT), PreserveAspectRatio.XMID_YMID,
                MeetOrSlice.MEET);
        // JFreeSVG writes dimensions as decimals ("640.0"), which openhtmltopdf refuses; integers suit every reader.
        return svg.replaceFirst("^<svg ", "<svg width=\"" + WIDTH + "\" height=\"" + HEIGHT + "\" ");
    }

    private static Day day(LocalDate date) {
        return new Day(date.getDayOfMonth(), date.getMonthValue(), date.getYear());
    }

    /** An ordered map, for callers building series. */
    static <K, V> Map<K, V> ordered() {
        return new LinkedHashMap<>();
    }
}
