/** Simulated file-system failures for the main-process tests. */
import { open, rename, unlink } from 'node:fs/promises';
import type { AtomicFs } from '../../../src-main/services/atomic-write';

/** An error as Node's fs gives it, with its `code` ("ENOSPC", "EBUSY" …). */
export const fsError = (code: string) => Object.assign(new Error(`${code}: simulated`), { code });

/** The real file system, except that every write reports a full disk, as Node does. */
export const fullDiskFs: AtomicFs = {
  open: async (p, flags) => {
    const handle = await open(p, flags);
    return {
      write: () => Promise.reject(fsError('ENOSPC')),
      sync: () => handle.sync(),
      close: () => handle.close(),
    };
  },
  rename,
  unlink,
};
