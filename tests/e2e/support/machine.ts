import { availableParallelism, cpus } from 'node:os';

/**
 * How hard the end-to-end tests may drive this machine, decided once per run.
 *
 * Each worker drives its own Chromium, which wants about a core. On an idle machine that is
 * one worker per core; on a machine already busy with other work, fewer, and longer waits,
 * because every step then takes longer. (Measured on 2 cores: 2 workers beside two CPU-bound
 * processes timed out a third of the tests at 30 s.)
 */
export interface E2eMachine {
  cores: number;
  /** Share of all cores that other processes kept busy when the run began, 0 to 1. */
  busy: number;
  workers: number;
  /** Playwright's test timeout: 60 s on an idle machine, up to twice that on a saturated one. */
  testTimeoutMs: number;
  /** Playwright's expect timeout: 10 s on an idle machine, up to twice that. */
  expectTimeoutMs: number;
}

/** Environment variables: the runner's measure handed to its workers, and the overrides. */
export const machineEnv = {
  busy: 'MINUTEBOOK_E2E_BUSY',
  workers: 'MINUTEBOOK_E2E_WORKERS',
} as const;

/** The plan for a machine with `cores` cores of which a share `busy` is used by others. */
export function planForMachine(cores: number, busy: number, workersWanted?: number): E2eMachine {
  const share = Math.min(1, Math.max(0, busy));
  const idleCores = cores * (1 - share);
  const workers = workersWanted ?? Math.min(cores, Math.max(1, Math.round(idleCores)));
  // Playwright's defaults (30 s, 5 s) assume a fast machine; a Chromium sharing a core with
  // another is often slower than that.
  const slowdown = 1 + share;
  return {
    cores,
    busy: share,
    workers,
    testTimeoutMs: Math.round(60 * slowdown) * 1000,
    expectTimeoutMs: Math.round(10 * slowdown) * 1000,
  };
}

/**
 * Measures how busy the machine is over half a second (this process sleeps meanwhile, so
 * what is measured is everybody else), once: the runner's measure is passed to its workers
 * through the environment, so that they all plan alike.
 */
export function e2eMachine(env: NodeJS.ProcessEnv = process.env): E2eMachine {
  const cores = availableParallelism();
  const given = Number(env[machineEnv.busy]);
  const busy = env[machineEnv.busy] !== undefined && Number.isFinite(given) ? given : measureBusy();
  env[machineEnv.busy] = String(busy);
  const wanted = Number(env[machineEnv.workers]);
  return planForMachine(cores, busy, Number.isInteger(wanted) && wanted > 0 ? wanted : undefined);
}

function measureBusy(sampleMs = 500): number {
  const before = cpuTimes();
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, sampleMs);
  const after = cpuTimes();
  const total = after.total - before.total;
  return total <= 0 ? 0 : 1 - (after.idle - before.idle) / total;
}

function cpuTimes(): { idle: number; total: number } {
  let idle = 0;
  let total = 0;
  for (const { times } of cpus()) {
    idle += times.idle;
    total += times.user + times.nice + times.sys + times.idle + times.irq;
  }
  return { idle, total };
}
