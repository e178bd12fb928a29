package uk.inspectiongraph.system;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.sun.management.HotSpotDiagnosticMXBean;
import com.sun.management.VMOption;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The settings reach this very JVM, and a JVM told otherwise at launch keeps what it was told. */
class IdleHeapReleaseTest {

	private static final List<String> OPTIONS = List.of("G1PeriodicGCInterval", "MinHeapFreeRatio", "MaxHeapFreeRatio");

	private final HotSpotDiagnosticMXBean vm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);

	private Map<String, VMOption> before;

	@BeforeEach
	void remember() {
		assumeTrue(Boolean.parseBoolean(vm.getVMOption("UseG1GC").getValue()), "the tests' JVM does not use G1");
		before = OPTIONS.stream().collect(Collectors.toMap(Function.identity(), vm::getVMOption));
		assumeFalse(before.values().stream().anyMatch(IdleHeapRelease::givenAtLaunch), "options given at launch");
	}

	@AfterEach
	void restore() {
		if (before != null) {
			// widen first so that neither ratio is ever refused for crossing the other
			vm.setVMOption("MaxHeapFreeRatio", "100");
			vm.setVMOption("MinHeapFreeRatio", before.get("MinHeapFreeRatio").getValue());
			vm.setVMOption("MaxHeapFreeRatio", before.get("MaxHeapFreeRatio").getValue());
			vm.setVMOption("G1PeriodicGCInterval", before.get("G1PeriodicGCInterval").getValue());
		}
	}

	@Test
	void theRunningJvmCollectsWhenIdleAndKeepsLessHeapFree() {
		new IdleHeapRelease(new MemoryProperties(Duration.ofSeconds(45), 35, 15)).configure();

		assertThat(vm.getVMOption("G1PeriodicGCInterval").getValue()).isEqualTo("45000");
		assertThat(vm.getVMOption("MaxHeapFreeRatio").getValue()).isEqualTo("35");
		assertThat(vm.getVMOption("MinHeapFreeRatio").getValue()).isEqualTo("15");
		assertThat(vm.getVMOption("G1PeriodicGCInterval").getOrigin()).isEqualTo(VMOption.Origin.MANAGEMENT);
	}

	@Test
	void aZeroIntervalLeavesTheJvmAlone() {
		new IdleHeapRelease(new MemoryProperties(Duration.ZERO, 35, 15)).configure();

		for (String name : OPTIONS) {
			assertThat(vm.getVMOption(name).getValue()).as(name).isEqualTo(before.get(name).getValue());
		}
	}

	@Test
	void onlyTheLaunchOriginsCountAsGiven() {
		assertThat(IdleHeapRelease.givenAtLaunch(new VMOption("x", "1", false, VMOption.Origin.VM_CREATION))).isTrue();
		assertThat(IdleHeapRelease.givenAtLaunch(new VMOption("x", "1", false, VMOption.Origin.ENVIRON_VAR))).isTrue();
		assertThat(IdleHeapRelease.givenAtLaunch(new VMOption("x", "1", false, VMOption.Origin.DEFAULT))).isFalse();
		assertThat(IdleHeapRelease.givenAtLaunch(new VMOption("x", "1", false, VMOption.Origin.MANAGEMENT))).isFalse();
	}
}
