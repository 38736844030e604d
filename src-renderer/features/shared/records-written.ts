import { grouped } from '../../domain';

/** "40% (28,000 of 71,000 records written)": how far an import or a restore has got. */
export function recordsWritten(written: number, total: number): string {
  const share = total === 0 ? 100 : Math.floor((100 * written) / total);
  return `${String(share)}% (${grouped(written)} of ${grouped(total)} records written)`;
}
