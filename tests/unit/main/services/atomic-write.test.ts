import { mkdtemp, open, readdir, readFile, rename, rm, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fsError } from '../fs-faults';
import {
  tempPathFor,
  writeFileAtomic,
  type AtomicFs,
  type WritableHandle,
} from '../../../../src-main/services/atomic-write';

const enc = (text: string) => new TextEncoder().encode(text);

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'minutebook-atomic-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Real fs with one operation replaced: the failure happens where the real one would. */
function realFs(
  overrides: Partial<AtomicFs> = {},
  handleOverrides: Partial<WritableHandle> = {},
): AtomicFs {
  return {
    open: async (p, flags) => {
      const handle = await open(p, flags);
      return {
        write: (b, o, l, pos) => handle.write(b, o, l, pos),
        sync: () => handle.sync(),
        close: () => handle.close(),
        ...handleOverrides,
      };
    },
    rename,
    unlink,
    ...overrides,
  };
}

describe('tempPathFor', () => {
  it('is a hidden, unique file in the same folder', () => {
    expect(tempPathFor('/a/b/minutes.pdf', 'abc')).toBe(path.join('/a/b', '.minutes.pdf.abc.tmp'));
    expect(tempPathFor('/a/b/minutes.pdf')).not.toBe(tempPathFor('/a/b/minutes.pdf'));
  });
});

describe('writeFileAtomic on a real disk', () => {
  it('creates a new file with exactly the bytes and leaves no temp file', async () => {
    const target = path.join(dir, 'minutes.pdf');
    await writeFileAtomic(target, enc('new minutes'));
    expect(await readFile(target, 'utf8')).toBe('new minutes');
    expect(await readdir(dir)).toEqual(['minutes.pdf']);
  });

  it('replaces an existing file', async () => {
    const target = path.join(dir, 'minutes.pdf');
    await writeFile(target, 'old');
    await writeFileAtomic(target, enc('new'));
    expect(await readFile(target, 'utf8')).toBe('new');
    expect(await readdir(dir)).toEqual(['minutes.pdf']);
  });

  it('writes large and empty files whole', async () => {
    const big = new Uint8Array(3 * 1024 * 1024).map((_, i) => i % 251);
    await writeFileAtomic(path.join(dir, 'big.bin'), big);
    expect(Buffer.compare(await readFile(path.join(dir, 'big.bin')), Buffer.from(big))).toBe(0);
    await writeFileAtomic(path.join(dir, 'empty.bin'), new Uint8Array());
    expect((await readFile(path.join(dir, 'empty.bin'))).length).toBe(0);
  });

  it('leaves the original intact and no temp file when the disk fills mid-write', async () => {
    const target = path.join(dir, 'minutes.pdf');
    await writeFile(target, 'original');
    let writes = 0;
    const fs = realFs(
      {},
      {
        write: () =>
          ++writes === 1 ? Promise.resolve({ bytesWritten: 3 }) : Promise.reject(fsError('ENOSPC')),
      },
    );
    await expect(writeFileAtomic(target, enc('new content'), { fs })).rejects.toMatchObject({
      code: 'ENOSPC',
    });
    expect(await readFile(target, 'utf8')).toBe('original');
    expect(await readdir(dir)).toEqual(['minutes.pdf']);
  });

  it('leaves the original intact when fsync fails', async () => {
    const target = path.join(dir, 'minutes.pdf');
    await writeFile(target, 'original');
    const fs = realFs({}, { sync: () => Promise.reject(fsError('EIO')) });
    await expect(writeFileAtomic(target, enc('new'), { fs })).rejects.toMatchObject({
      code: 'EIO',
    });
    expect(await readFile(target, 'utf8')).toBe('original');
    expect(await readdir(dir)).toEqual(['minutes.pdf']);
  });

  it('leaves the original intact when the rename is refused (file locked)', async () => {
    const target = path.join(dir, 'minutes.pdf');
    await writeFile(target, 'original');
    const fs = realFs({ rename: () => Promise.reject(fsError('EBUSY')) });
    await expect(
      writeFileAtomic(target, enc('new'), { fs, platform: 'linux' }),
    ).rejects.toMatchObject({
      code: 'EBUSY',
    });
    expect(await readFile(target, 'utf8')).toBe('original');
    expect(await readdir(dir)).toEqual(['minutes.pdf']);
  });

  it('fails cleanly when the folder does not exist', async () => {
    const target = path.join(dir, 'missing', 'minutes.pdf');
    await expect(writeFileAtomic(target, enc('x'))).rejects.toMatchObject({ code: 'ENOENT' });
  });
});

describe('writeFileAtomic with injected failures', () => {
  it('retries a transient rename refusal on Windows, then succeeds', async () => {
    const target = path.join(dir, 'minutes.pdf');
    let attempts = 0;
    const fs = realFs({
      rename: (from, to) => (++attempts < 3 ? Promise.reject(fsError('EPERM')) : rename(from, to)),
    });
    const sleep = vi.fn(() => Promise.resolve());
    await writeFileAtomic(target, enc('new'), { fs, platform: 'win32', sleep });
    expect(attempts).toBe(3);
    expect(sleep).toHaveBeenCalledTimes(2);
    expect(await readFile(target, 'utf8')).toBe('new');
  });

  it('gives up on a file held open on Windows and removes the temp file', async () => {
    const target = path.join(dir, 'minutes.pdf');
    await writeFile(target, 'original');
    const rejectRename = vi.fn(() => Promise.reject(fsError('EPERM')));
    const sleep = vi.fn(() => Promise.resolve());
    await expect(
      writeFileAtomic(target, enc('new'), {
        fs: realFs({ rename: rejectRename }),
        platform: 'win32',
        sleep,
      }),
    ).rejects.toMatchObject({ code: 'EPERM' });
    expect(rejectRename).toHaveBeenCalledTimes(5);
    expect(await readFile(target, 'utf8')).toBe('original');
    expect(await readdir(dir)).toEqual(['minutes.pdf']);
  });

  it('does not retry on other platforms or for other errors', async () => {
    const target = path.join(dir, 'minutes.pdf');
    const rejectRename = vi.fn(() => Promise.reject(fsError('EXDEV')));
    await expect(
      writeFileAtomic(target, enc('x'), {
        fs: realFs({ rename: rejectRename }),
        platform: 'win32',
      }),
    ).rejects.toMatchObject({ code: 'EXDEV' });
    expect(rejectRename).toHaveBeenCalledTimes(1);
  });

  it('treats a directory that cannot be fsynced as success (Windows)', async () => {
    const target = path.join(dir, 'minutes.pdf');
    const base = realFs();
    const fs: AtomicFs = {
      ...base,
      open: (p, flags) => (p === dir ? Promise.reject(fsError('EISDIR')) : base.open(p, flags)),
    };
    await writeFileAtomic(target, enc('new'), { fs });
    expect(await readFile(target, 'utf8')).toBe('new');
  });

  it('never reuses an existing path for the temp file', async () => {
    const opened: string[] = [];
    const base = realFs();
    const fs: AtomicFs = {
      ...base,
      open: (p, flags) => {
        opened.push(`${flags}:${p}`);
        return base.open(p, flags);
      },
    };
    await writeFileAtomic(path.join(dir, 'a.pdf'), enc('x'), { fs });
    expect(opened[0]).toMatch(/^wx:.*\.a\.pdf\.[0-9a-f]{12}\.tmp$/);
  });
});
