// The native application menu from the pure template (menu-template.ts): clicks on command
// items and Open Recent entries go to the handlers main.ts gives.
import { Menu, type MenuItemConstructorOptions } from 'electron';
import type { CommandId } from './commands';
import type { MenuSpec } from './menu-template';

export interface MenuHandlers {
  command(id: CommandId): void;
  openRecent(path: string): void;
}

function toElectron(spec: MenuSpec, handlers: MenuHandlers): MenuItemConstructorOptions {
  const { command, recentPath, submenu, ...rest } = spec;
  const item: MenuItemConstructorOptions = { ...rest };
  if (submenu) item.submenu = submenu.map((s) => toElectron(s, handlers));
  if (command) item.click = () => handlers.command(command);
  else if (recentPath) item.click = () => handlers.openRecent(recentPath);
  return item;
}

export function installMenu(template: readonly MenuSpec[], handlers: MenuHandlers): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(template.map((s) => toElectron(s, handlers))));
}
