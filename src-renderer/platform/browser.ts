import type {
  BackupShelf,
  Platform,
  SaveFileRequest,
  SaveFileResult,
  UserSettings,
  UserSettingsPatch,
} from './types';

const settingsKey = 'minutebook.settings';
const defaults: UserSettings = { userName: '', lastExportFolder: null };

/**
 * The browser stand-in for the preload API: files are saved as downloads, settings are kept
 * in localStorage and backups on the shelf given (the browser's own storage), so the whole
 * app runs in a plain browser.
 */
export function createBrowserPlatform(
  storage: Storage,
  document: Document,
  backups: BackupShelf,
): Platform {
  const read = (): UserSettings => {
    try {
      const parsed: unknown = JSON.parse(storage.getItem(settingsKey) ?? '{}');
      return { ...defaults, ...pickSettings(parsed) };
    } catch {
      return { ...defaults };
    }
  };
  return {
    kind: 'browser',
    saveFile(request: SaveFileRequest): Promise<SaveFileResult> {
      const blob = new Blob([request.bytes.slice()], { type: 'application/octet-stream' });
      const url = URL.createObjectURL(blob);
      const link = document.createElement('a');
      link.href = url;
      link.download = request.suggestedName;
      link.rel = 'noopener';
      document.body.append(link);
      link.click();
      link.remove();
      // The download has started from the link; the object URL can go once it has been read.
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      return Promise.resolve({ ok: true, path: request.suggestedName });
    },
    getSettings: () => Promise.resolve(read()),
    updateSettings(patch: UserSettingsPatch): Promise<UserSettings> {
      const next = { ...read(), ...pickSettings(patch) };
      storage.setItem(settingsKey, JSON.stringify(next));
      return Promise.resolve(next);
    },
    listBackups: () => backups.listBackups(),
    writeBackup: (text) => backups.writeBackup(text),
    readBackup: (name) => backups.readBackup(name),
    ...(backups.inWorker === undefined ? {} : { inWorker: backups.inWorker }),
    openChairWindow(meetingId: string): Promise<void> {
      // A new tab of the same origin shares IndexedDB, so both views follow the meeting live.
      const view = document.defaultView;
      if (view !== null) {
        const url = new URL(view.location.href);
        url.hash = `/meetings/${encodeURIComponent(meetingId)}/chair`;
        view.open(url.href, '_blank', 'noopener');
      }
      return Promise.resolve();
    },
  };
}

function pickSettings(value: unknown): UserSettingsPatch {
  if (typeof value !== 'object' || value === null) return {};
  const record = value as Record<string, unknown>;
  const out: UserSettingsPatch = {};
  if (typeof record.userName === 'string') out.userName = record.userName;
  if (typeof record.lastExportFolder === 'string' || record.lastExportFolder === null) {
    out.lastExportFolder = record.lastExportFolder;
  }
  return out;
}
