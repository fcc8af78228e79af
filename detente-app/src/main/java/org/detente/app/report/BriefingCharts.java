package org.detente.app.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;
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
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
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
                data.addValue(entry.getValue()[i], statuses[i], shorten(entry.getKey()));
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
        ((DateAxis) plot.getDomainAxis()).setTickLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
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

    private static String shorten(String text) {
        return text.length() <= 48 ? text : text.substring(0, 47) + "…";
    }

    /** An ordered map, for callers building series. */
    static <K, V> Map<K, V> ordered() {
        return new LinkedHashMap<>();
    }
}
