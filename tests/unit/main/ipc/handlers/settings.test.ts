import { describe, expect, it } from 'vitest';
import { createSettingsHandlers } from '../../../../../src-main/ipc/handlers/settings';
import {
  createSettingsService,
  defaultSettings,
  type Settings,
} from '../../../../../src-main/services/settings';

describe('settings handlers', () => {
  it('expose only the user settings, never the window bounds', () => {
    const data: Settings = {
      ...defaultSettings,
      windowBounds: { width: 900, height: 700, maximized: false },
    };
    const handlers = createSettingsHandlers(
      createSettingsService({
        get: (key) => data[key],
        set: (key, value) => {
          data[key] = value;
        },
        get store() {
          return data;
        },
      }),
    );
    expect(handlers.getSettings()).toEqual({ userName: '', lastExportFolder: null });
    expect(handlers.updateSettings({ userName: 'SECAS' })).toEqual({
      userName: 'SECAS',
      lastExportFolder: null,
    });
    expect(data.userName).toBe('SECAS');
  });
});
