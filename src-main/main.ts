/**
 * App lifecycle only: single instance, the app:// scheme, session hardening, IPC, menu and
 * the main window. Decisions live in security.ts, windows.ts and the IPC modules.
 */
import path from 'node:path';
import { app, BrowserWindow, Menu, protocol, session } from 'electron';
import { createAppProtocolHandler, privilegedAppScheme } from './app-protocol';
import { channels } from './ipc/contract';
import { createBackupHandlers } from './ipc/handlers/backups';
import { createSaveFileHandler } from './ipc/handlers/save-file';
import { createOpenChairWindowHandler } from './ipc/handlers/chair-window';
import { createSettingsHandlers } from './ipc/handlers/settings';
import { createHandle } from './ipc/register';
import {
  backupNameSchema,
  meetingIdSchema,
  noPayloadSchema,
  saveFileRequestSchema,
  userSettingsPatchSchema,
  writeBackupSchema,
} from './ipc/schemas';
import { buildMenuTemplate } from './menu';
import {
  appEntryUrl,
  appScheme,
  chooseDevServer,
  contentSecurityPolicy,
  isAppUrl,
  isPermissionAllowed,
} from './security';
import { createSettingsService, type SettingsService } from './services/settings';
import { openSettingsStore } from './services/settings-store';
import { createChairWindow, createMainWindow, isOurWindow, ourOpenWindows } from './windows';

// A dev server only when not packaged: security.ts says why.
const { devServer, warning } = chooseDevServer(process.env.MINUTEBOOK_DEV_URL, app.isPackaged);
if (warning !== null) console.error(warning);
const csp = contentSecurityPolicy(devServer);

// Must happen before `ready`: the scheme's privileges are fixed when Chromium starts.
protocol.registerSchemesAsPrivileged([privilegedAppScheme]);

function hardenSession(): void {
  const ses = session.defaultSession;
  ses.setPermissionRequestHandler((_contents, permission, callback, details) => {
    callback(isPermissionAllowed(permission, details.requestingUrl, devServer));
  });
  ses.setPermissionCheckHandler((_contents, permission, requestingOrigin) =>
    isPermissionAllowed(permission, requestingOrigin, devServer),
  );
  if (devServer !== null) {
    // Vite's pages do not come through our protocol handler, so their CSP is added here.
    ses.webRequest.onHeadersReceived({ urls: [`${devServer.origin}/*`] }, (details, callback) => {
      callback({
        responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [csp] },
      });
    });
  }
}

function registerIpc(settings: SettingsService): void {
  const handle = createHandle({ isAppUrl: (url) => isAppUrl(url, devServer), isOurWindow });
  handle(channels.saveFile, saveFileRequestSchema, createSaveFileHandler({ settings }));
  const settingsHandlers = createSettingsHandlers(settings);
  handle(channels.getSettings, noPayloadSchema, settingsHandlers.getSettings);
  handle(channels.updateSettings, userSettingsPatchSchema, settingsHandlers.updateSettings);
  const openChairWindow = createOpenChairWindowHandler({
    entryUrl: devServer?.href ?? appEntryUrl,
    create: (url) => createChairWindow({ url, preloadPath: preloadPath(), devServer }),
  });
  handle(channels.openChairWindow, meetingIdSchema, openChairWindow);
  const backups = createBackupHandlers({
    folder: () => path.join(app.getPath('userData'), 'backups'),
  });
  handle(channels.listBackups, noPayloadSchema, backups.list);
  handle(channels.writeBackup, writeBackupSchema, backups.write);
  handle(channels.readBackup, backupNameSchema, backups.read);
}

function preloadPath(): string {
  return path.join(app.getAppPath(), 'dist-electron', 'preload.cjs');
}

function openMainWindow(settings: SettingsService): BrowserWindow {
  return createMainWindow({
    url: devServer?.href ?? appEntryUrl,
    preloadPath: preloadPath(),
    devServer,
    settings,
  });
}

function focus(window: Electron.BrowserWindow): void {
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
}

async function start(): Promise<void> {
  await app.whenReady();
  const rendererRoot = path.join(app.getAppPath(), 'dist', 'renderer');
  protocol.handle(appScheme, createAppProtocolHandler(rendererRoot, csp));
  hardenSession();
  const settings = createSettingsService(openSettingsStore());
  registerIpc(settings);
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      buildMenuTemplate({
        isMac: process.platform === 'darwin',
        isPackaged: app.isPackaged,
        appName: app.name,
      }),
    ),
  );
  openMainWindow(settings);
  app.on('activate', () => {
    if (ourOpenWindows().length === 0) openMainWindow(settings);
  });
}

if (!app.requestSingleInstanceLock()) {
  // Another Minutebook is running: it gets focus (below) and this process leaves.
  app.quit();
} else {
  app.on('second-instance', () => {
    const [existing] = ourOpenWindows();
    if (existing !== undefined) focus(existing);
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  start().catch((error: unknown) => {
    console.error('Minutebook failed to start:', error);
    app.exit(1);
  });
}
