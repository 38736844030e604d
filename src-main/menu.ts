/** The application menu, built by a pure function so its shape is tested without Electron. */
import type { MenuItemConstructorOptions } from 'electron';

export interface MenuContext {
  isMac: boolean;
  /** Developer tools are offered only in unpackaged (development) builds. */
  isPackaged: boolean;
  appName: string;
}

/** Builds the menu template: File, Edit, View, Window, Help (plus the app menu on macOS). */
export function buildMenuTemplate(context: MenuContext): MenuItemConstructorOptions[] {
  const sep: MenuItemConstructorOptions = { type: 'separator' };
  const appMenu: MenuItemConstructorOptions[] = context.isMac
    ? [
        {
          label: context.appName,
          submenu: [
            { role: 'about' },
            sep,
            { role: 'services' },
            sep,
            { role: 'hide' },
            { role: 'hideOthers' },
            { role: 'unhide' },
            sep,
            { role: 'quit' },
          ],
        },
      ]
    : [];
  const view: MenuItemConstructorOptions[] = [
    { role: 'reload' },
    ...(context.isPackaged ? [] : [{ role: 'toggleDevTools' } as const]),
    sep,
    { role: 'resetZoom' },
    { role: 'zoomIn' },
    { role: 'zoomOut' },
    sep,
    { role: 'togglefullscreen' },
  ];
  return [
    ...appMenu,
    { label: '&File', submenu: [context.isMac ? { role: 'close' } : { role: 'quit' }] },
    {
      label: '&Edit',
      submenu: [
        { role: 'undo' },
        { role: 'redo' },
        sep,
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        sep,
        { role: 'selectAll' },
      ],
    },
    { label: '&View', submenu: view },
    { role: 'windowMenu' },
    { role: 'help', submenu: [{ role: 'about', label: `About ${context.appName}` }] },
  ];
}
