import { describe, expect, it } from 'vitest';
import { e2eMachine, machineEnv, planForMachine } from '../../e2e/support/machine';

describe('the end-to-end plan for a machine', () => {
  it('runs one worker per core on an idle machine, with the base time budgets', () => {
    expect(planForMachine(2, 0)).toEqual({
      cores: 2,
      busy: 0,
      workers: 2,
      testTimeoutMs: 60_000,
      expectTimeoutMs: 10_000,
    });
    expect(planForMachine(8, 0.05).workers).toBe(8);
  });

  it('runs fewer workers, never none, with longer budgets when other work keeps cores busy', () => {
    const half = planForMachine(2, 0.5);
    expect(half.workers).toBe(1);
    expect(half.testTimeoutMs).toBe(90_000);
    const saturated = planForMachine(2, 1);
    expect(saturated.workers).toBe(1);
    expect(saturated.expectTimeoutMs).toBe(20_000);
    expect(planForMachine(8, 0.5).workers).toBe(4);
  });

  it('keeps a measure out of range within 0 and 1', () => {
    expect(planForMachine(2, 1.7)).toMatchObject({ busy: 1, workers: 1, testTimeoutMs: 120_000 });
    expect(planForMachine(2, -0.2)).toMatchObject({ busy: 0, workers: 2 });
  });

  it('takes the workers asked for, and the runner’s measure handed down to its workers', () => {
    expect(planForMachine(2, 1, 2).workers).toBe(2);
    const env: NodeJS.ProcessEnv = { [machineEnv.busy]: '0.75', [machineEnv.workers]: '3' };
    expect(e2eMachine(env)).toMatchObject({ busy: 0.75, workers: 3, expectTimeoutMs: 18_000 });
  });

  it('measures once and hands the measure on through the environment', () => {
    const env: NodeJS.ProcessEnv = {};
    const first = e2eMachine(env);
    expect(first.busy).toBeGreaterThanOrEqual(0);
    expect(first.busy).toBeLessThanOrEqual(1);
    expect(env[machineEnv.busy]).toBe(String(first.busy));
    expect(e2eMachine(env).busy).toBe(first.busy);
  });
});
