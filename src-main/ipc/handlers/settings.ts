/** getSettings / updateSettings: the renderer-visible slice of the settings, nothing more. */
import type { UserSettings, UserSettingsPatch } from '../contract';
import type { SettingsService } from '../../services/settings';

/** Builds the two settings handlers over the settings service. */
export function createSettingsHandlers(settings: SettingsService) {
  return {
    getSettings: (): UserSettings => settings.getUserSettings(),
    updateSettings: (patch: UserSettingsPatch): UserSettings => settings.updateUserSettings(patch),
  };
}
