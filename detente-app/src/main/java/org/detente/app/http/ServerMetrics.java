package org.detente.app.http;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;

/**
 * The registry {@code /metrics} serves: JVM memory, threads and CPU besides the server's own
 * meters, named so that {@code promtool check metrics} finds nothing to report. Two of
 * Micrometer's processor meters break the Prometheus naming rules: the process CPU time is a
 * counter in nanoseconds ({@code process_cpu_time_ns_total}: units are spelled out, and the base
 * unit is the second), and the processor count is a gauge ending in {@code _count}, a suffix that
 * belongs to histograms and summaries. They are served as {@code process_cpu_seconds_total} (the
 * name the Prometheus client libraries give it) and {@code system_cpu_processors}.
 */
public final class ServerMetrics {
    private static final String CPU_TIME_NS = "process.cpu.time";
    private static final String CPU_COUNT = "system.cpu.count";

    private ServerMetrics() {
    }

    public static PrometheusMeterRegistry registry() {
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        registry.config()
                .meterFilter(MeterFilter.denyNameStartsWith(CPU_TIME_NS))
                .meterFilter(new MeterFilter() {
                    @Override
                    public Meter.Id map(Meter.Id id) {
                        return id.getName().equals(CPU_COUNT) ? id.withName("system.cpu.processors") : id;
                    }
                });
        new JvmMemoryMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        if (os instanceof com.sun.management.OperatingSystemMXBean process && process.getProcessCpuTime() >= 0) {
            FunctionCounter.builder("process.cpu", process, p -> p.getProcessCpuTime() / 1e9)
                    .description("CPU time used by the Java virtual machine process")
                    .baseUnit("seconds")
                    .register(registry);
        }
        return registry;
    }
}
