package dev.fieldcrm.bench;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The mixed workload's latency vs concurrency, one small chart per operation (and overall) in a grid: API (blue)
 * next to the floor (grey), p50 solid and p99 dashed, milliseconds on a log scale. Headless, JFreeChart.
 */
final class LatencyPlot {
    private static final int WIDTH = 420;
    private static final int HEIGHT = 300;
    private static final int COLUMNS = 4;

    private LatencyPlot() {
    }

    static void write(List<E2eResults.Cell> cells, Path png) throws IOException {
        System.setProperty("java.awt.headless", "true");
        Set<String> operations = new LinkedHashSet<>();
        cells.stream().filter(c -> c.scenario().equals("mixed")).forEach(c -> operations.add(c.op()));
        if (operations.isEmpty()) {
            return;
        }
        int rows = (operations.size() + COLUMNS - 1) / COLUMNS;
        BufferedImage grid = new BufferedImage(WIDTH * COLUMNS, HEIGHT * rows, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = grid.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, grid.getWidth(), grid.getHeight());
        int i = 0;
        for (String op : operations) {
            chart(cells, op).draw(g, new java.awt.geom.Rectangle2D.Double(WIDTH * (i % COLUMNS), HEIGHT * (i / COLUMNS), WIDTH, HEIGHT));
            i++;
        }
        g.dispose();
        ImageIO.write(grid, "png", png.toFile());
    }

    private static JFreeChart chart(List<E2eResults.Cell> cells, String op) {
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(series(cells, op, "api", "API p50", false));
        data.addSeries(series(cells, op, "api", "API p99", true));
        data.addSeries(series(cells, op, "floor", "floor p50", false));
        data.addSeries(series(cells, op, "floor", "floor p99", true));
        JFreeChart chart = ChartFactory.createXYLineChart(op, "concurrency", "ms", data);
        chart.getTitle().setFont(new Font(Font.SANS_SERIF, Font.BOLD, 14));
        XYPlot plot = chart.getXYPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        LogAxis concurrency = new LogAxis("concurrency (log)");
        concurrency.setBase(2);
        concurrency.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        // Plain numbers on both log axes: a reader wants "64" and "250 ms", not 2^6 and 10^2.4.
        concurrency.setNumberFormatOverride(new DecimalFormat("0"));
        plot.setDomainAxis(concurrency);
        LogAxis ms = new LogAxis("ms (log)");
        ms.setSmallestValue(0.1);
        ms.setNumberFormatOverride(new DecimalFormat("#,##0.#"));
        plot.setRangeAxis(ms);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        Color api = new Color(0x1f77b4);
        Color floor = new Color(0x7f7f7f);
        BasicStroke dashed = new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1f, new float[]{6f, 4f}, 0f);
        renderer.setSeriesPaint(0, api);
        renderer.setSeriesPaint(1, api.darker());
        renderer.setSeriesPaint(2, floor);
        renderer.setSeriesPaint(3, floor.darker());
        renderer.setSeriesStroke(0, new BasicStroke(2f));
        renderer.setSeriesStroke(1, dashed);
        renderer.setSeriesStroke(2, new BasicStroke(2f));
        renderer.setSeriesStroke(3, dashed);
        plot.setRenderer(renderer);
        return chart;
    }

    private static XYSeries series(List<E2eResults.Cell> cells, String op, String path, String name, boolean p99) {
        XYSeries series = new XYSeries(name);
        cells.stream().filter(c -> c.scenario().equals("mixed") && c.op().equals(op) && c.path().equals(path))
                .forEach(c -> series.add(c.c(), Math.max(0.01, (p99 ? c.p99() : c.p50()) / 1000.0)));
        return series;
    }
}
