import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { renameSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Conf from 'conf';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  createSettingsService,
  defaultSettings,
  migrateSettings,
  migrations,
  settingsVersion,
  type Settings,
  type SettingsStoreLike,
} from '../../../../src-main/services/settings';
import { openSettings, settingsStoreOptions } from '../../../../src-main/services/settings-open';

/** An in-memory store with electron-store's get/set/store surface. */
function memoryStore(initial: Partial<Settings> = {}): SettingsStoreLike {
  const data: Settings = { ...defaultSettings, ...initial };
  return {
    get: (key) => data[key],
    set: (key, value) => {
      data[key] = value;
    },
    get store() {
      return { ...data };
    },
  };
}

describe('migrations', () => {
  it('v0 → v1 renames exportFolder to lastExportFolder', () => {
    const step = migrations[1];
    expect(step?.({ userName: 'SECAS', exportFolder: '/docs' })).toEqual({
      userName: 'SECAS',
      lastExportFolder: '/docs',
    });
    expect(step?.({ exportFolder: 42 })).toEqual({ lastExportFolder: null });
  });

  it('migrateSettings runs from version 0 and stamps the version', () => {
    const { data, changed } = migrateSettings({ userName: 'SECAS', exportFolder: '/docs' });
    expect(changed).toBe(true);
    expect(data).toEqual({ userName: 'SECAS', lastExportFolder: '/docs', settingsVersion });
  });

  it('leaves current and newer files alone', () => {
    const current = { ...defaultSettings };
    expect(migrateSettings(current)).toEqual({ data: current, changed: false });
    expect(migrateSettings({ settingsVersion: 99, x: 1 }).changed).toBe(false);
  });

  it('applies steps in order and fails loudly on a gap', () => {
    const calls: number[] = [];
    const steps = {
      1: (d: Record<string, unknown>) => (calls.push(1), { ...d, a: 1 }),
      2: (d: Record<string, unknown>) => (calls.push(2), { ...d, b: d.a }),
    };
    expect(migrateSettings({}, steps, 2).data).toEqual({ a: 1, b: 1, settingsVersion: 2 });
    expect(calls).toEqual([1, 2]);
    expect(() => migrateSettings({}, { 1: steps[1] }, 2)).toThrow(
      'No settings migration to version 2',
    );
  });
});

describe('createSettingsService', () => {
  it('reads and patches the user settings without touching other keys', () => {
    const bounds = { width: 900, height: 700, maximized: false };
    const store = memoryStore({ windowBounds: bounds });
    const settings = createSettingsService(store);
    expect(settings.getUserSettings()).toEqual({ userName: '', lastExportFolder: null });
    expect(settings.updateUserSettings({ userName: 'SECAS' })).toEqual({
      userName: 'SECAS',
      lastExportFolder: null,
    });
    expect(settings.updateUserSettings({ lastExportFolder: '/docs' })).toEqual({
      userName: 'SECAS',
      lastExportFolder: '/docs',
    });
    expect(settings.updateUserSettings({ lastExportFolder: null }).lastExportFolder).toBeNull();
    expect(store.get('windowBounds')).toEqual(bounds);
  });

  it('gets and sets window bounds', () => {
    const settings = createSettingsService(memoryStore());
    expect(settings.getWindowBounds()).toBeNull();
    settings.setWindowBounds({ x: 1, y: 2, width: 800, height: 600, maximized: true });
    expect(settings.getWindowBounds()).toEqual({
      x: 1,
      y: 2,
      width: 800,
      height: 600,
      maximized: true,
    });
  });
});

// conf is the pure-Node base class of electron-store: the same schema and opening code run
// here against a real file.
describe('openSettings with conf', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'minutebook-settings-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  const file = () => path.join(dir, `${settingsStoreOptions.name}.json`);
  const effects = {
    rename: renameSync,
    now: () => new Date('2026-03-01T10:00:00Z'),
    warn: vi.fn(),
  };
  const open = () =>
    openSettings(
      () =>
        new Conf<Settings>({
          projectName: 'minutebook-test',
          cwd: dir,
          configName: settingsStoreOptions.name,
          schema: settingsStoreOptions.schema,
          clearInvalidConfig: settingsStoreOptions.clearInvalidConfig,
        }),
      file(),
      effects,
    );

  it('creates a file with the defaults', () => {
    const store = open();
    expect(store.store).toEqual(defaultSettings);
  });

  it('migrates a v0 file on disk', async () => {
    await writeFile(
      file(),
      JSON.stringify({ userName: 'SECAS', exportFolder: '/home/secas/Minutes' }),
    );
    const store = open();
    expect(store.get('lastExportFolder')).toBe('/home/secas/Minutes');
    expect(store.get('settingsVersion')).toBe(settingsVersion);
    const onDisk = JSON.parse(await readFile(file(), 'utf8')) as Record<string, unknown>;
    expect(onDisk).not.toHaveProperty('exportFolder');
    expect(onDisk.lastExportFolder).toBe('/home/secas/Minutes');
  });

  it('enforces the schema on writes', () => {
    const store = open();
    const settings = createSettingsService(store);
    expect(() => settings.updateUserSettings({ userName: 'x'.repeat(201) })).toThrow();
    expect(() => store.set('windowBounds', { width: 0, height: 1, maximized: false })).toThrow();
    settings.setWindowBounds({ x: -10, y: 0, width: 800, height: 600, maximized: false });
    expect(settings.getWindowBounds()).toEqual({
      x: -10,
      y: 0,
      width: 800,
      height: 600,
      maximized: false,
    });
  });

  it.each([
    ['broken JSON', '{"userName": "SEC'],
    ['a schema violation', JSON.stringify({ userName: 42, settingsVersion: 1 })],
  ])('sets aside %s and starts fresh', async (_label, content) => {
    await writeFile(file(), content);
    const store = open();
    expect(store.store).toEqual(defaultSettings);
    const names = await readdir(dir);
    const aside = names.find((name) => name.includes('.invalid-'));
    expect(aside).toBe('settings.json.invalid-2026-03-01T10-00-00-000Z');
    expect(await readFile(path.join(dir, aside ?? ''), 'utf8')).toBe(content);
  });
});
