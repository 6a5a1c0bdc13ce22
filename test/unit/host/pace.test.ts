import { describePace, hostPace, pacer } from '../../../src/host/pace.js';

describe('host pace', () => {
  it('is the accelerator factor, times the load per CPU when above one', () => {
    expect(hostPace('kvm', { cores: 2, loadAverage: () => 0.5 })).toEqual({ factor: 1, accel: 'kvm', load: 0.25 });
    expect(hostPace('tcg', { cores: 2, loadAverage: () => 1 }).factor).toBe(8);
    expect(hostPace('tcg', { cores: 2, loadAverage: () => 10 }).factor).toBe(40);
    expect(describePace(hostPace('tcg', { cores: 2, loadAverage: () => 10 }))).toBe('40.0 (tcg, load 5.0 per core)');
  });

  it('reads the load at most once per interval', () => {
    let reads = 0;
    const pace = pacer('kvm', { cores: 1, loadAverage: () => ++reads }, 60_000);
    expect([pace().factor, pace().factor, pace().factor]).toEqual([1, 1, 1]);
    expect(reads).toBe(1);
  });

  it('reads this host when not told otherwise', () => {
    const p = hostPace('tcg');
    expect(p.factor).toBeGreaterThanOrEqual(8);
    expect(p.load).toBeGreaterThanOrEqual(0);
  });
});
