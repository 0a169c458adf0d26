package weft.corpus;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;

/**
 * The peak heap of a stretch of work: the sum of the heap pools' peaks since {@link #start()}. An upper bound: it counts
 * garbage not yet collected, and the pools do not peak at the same moment.
 */
record HeapPeak(List<MemoryPoolMXBean> pools) {

    static HeapPeak start() {
        List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP)
                .toList();
        pools.forEach(MemoryPoolMXBean::resetPeakUsage);
        return new HeapPeak(pools);
    }

    long peakBytes() {
        return pools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }
}
