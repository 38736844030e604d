/**
 * The generator's only source of chance: a seeded pseudo-random stream (mulberry32), so the
 * same seed always gives the same archive, byte for byte, on every machine.
 */
export class Random {
  private state: number;
  /** Ids handed out so far: part of each id, so no two are ever the same. */
  private serial = 0;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A number in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer from `min` to `max`, both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** True with the chance `p`. */
  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(list: readonly T[]): T {
    const value = list[Math.floor(this.next() * list.length)];
    if (value === undefined) throw new Error('pick from an empty list');
    return value;
  }

  /** `count` different entries of `list`, in the list's order. */
  some<T>(list: readonly T[], count: number): T[] {
    const chosen = new Set<number>();
    const wanted = Math.min(count, list.length);
    while (chosen.size < wanted) chosen.add(Math.floor(this.next() * list.length));
    return [...chosen].sort((a, b) => a - b).map((i) => list[i] as T);
  }

  /**
   * A UUID-shaped id (version 4 layout): random hex, with the serial number in its last group
   * so that ids never repeat within an archive.
   */
  id(): string {
    const hex = (digits: number) => {
      let out = '';
      while (out.length < digits)
        out += Math.floor(this.next() * 0x10000)
          .toString(16)
          .padStart(4, '0');
      return out.slice(0, digits);
    };
    this.serial += 1;
    const serial = this.serial.toString(16).padStart(12, '0');
    const variant = (8 + Math.floor(this.next() * 4)).toString(16);
    return `${hex(8)}-${hex(4)}-4${hex(3)}-${variant}${hex(3)}-${serial}`;
  }
}
