package dev.silkroute.eval;

import java.lang.management.ManagementFactory;

/** CPU time as the evaluations count it. */
final class CpuClock {
    private CpuClock() {}

    /**
     * CPU time of the whole process, every thread: the collector's and the JIT compiler's included,
     * which a thread's own CPU time leaves out (the serial collector runs in the VM's thread).
     */
    static long processNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** Time the JIT compiler has spent compiling, in milliseconds (0 where the JVM does not say). */
    static long compilerMillis() {
        var jit = ManagementFactory.getCompilationMXBean();
        return jit != null && jit.isCompilationTimeMonitoringSupported() ? jit.getTotalCompilationTime() : 0;
    }

    /** Time the collectors have spent collecting, in milliseconds. */
    static long collectionMillis() {
        long ms = 0;
        for (var gc : ManagementFactory.getGarbageCollectorMXBeans()) ms += Math.max(0, gc.getCollectionTime());
        return ms;
    }
}
