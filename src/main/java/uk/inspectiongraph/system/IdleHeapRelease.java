package uk.inspectiongraph.system;

import java.lang.management.ManagementFactory;

import com.sun.management.HotSpotDiagnosticMXBean;
import com.sun.management.VMOption;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Makes the JVM hand idle heap back to the operating system, so that the resident memory of a
 * server left alone falls back near what the application keeps (see {@link MemoryProperties}).
 * It sets three of HotSpot's manageable options once the application is ready: G1's periodic
 * collection and the two free-heap ratios. An option the java command line gave is left as given,
 * and so is a JVM without them (another collector, another vendor): the process then keeps the
 * JVM's own behaviour, which is correct, only larger.
 */
@Component
class IdleHeapRelease {

	private static final Logger log = LoggerFactory.getLogger(IdleHeapRelease.class);

	private final MemoryProperties properties;

	IdleHeapRelease(MemoryProperties properties) {
		this.properties = properties;
	}

	@EventListener(ApplicationReadyEvent.class)
	void configure() {
		HotSpotDiagnosticMXBean vm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
		long interval = properties.idleCollectionInterval().toMillis();
		if (vm == null || interval <= 0 || !usesG1(vm)) {
			return;
		}
		// the lower bound first: the JVM refuses a maximum below the current minimum
		setUnlessGiven(vm, "MinHeapFreeRatio", properties.minHeapFreePercent());
		setUnlessGiven(vm, "MaxHeapFreeRatio", properties.maxHeapFreePercent());
		setUnlessGiven(vm, "G1PeriodicGCInterval", interval);
	}

	private static boolean usesG1(HotSpotDiagnosticMXBean vm) {
		try {
			return Boolean.parseBoolean(vm.getVMOption("UseG1GC").getValue());
		}
		catch (IllegalArgumentException notHotSpot) {
			return false;
		}
	}

	/** Given by the java command, an options file or JAVA_TOOL_OPTIONS, rather than the JVM's choice or ours. */
	static boolean givenAtLaunch(VMOption option) {
		return switch (option.getOrigin()) {
			case DEFAULT, ERGONOMIC, MANAGEMENT -> false;
			default -> true;
		};
	}

	private static void setUnlessGiven(HotSpotDiagnosticMXBean vm, String name, long value) {
		try {
			VMOption option = vm.getVMOption(name);
			if (givenAtLaunch(option)) {
				log.info("Memory: {} left at {}, as the command line gave it", name, option.getValue());
				return;
			}
			vm.setVMOption(name, Long.toString(value));
			log.debug("Memory: {} set to {}", name, value);
		}
		catch (IllegalArgumentException | UnsupportedOperationException refused) {
			log.warn("Memory: the JVM refused {}={} ({}); idle heap is returned only as the JVM decides", name, value,
					refused.getMessage());
		}
	}
}
