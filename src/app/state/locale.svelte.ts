import { browserLanguage, type Language } from '../model/language.ts';

/**
 * The interface language, one for the whole page: every component reads its strings through it.
 * `choice` is what the user picked with the switch (or a link carried), null until then, so a
 * link made without a choice opens in its reader's own language.
 */
class Locale {
  readonly browser: Language = browserLanguage(globalThis.navigator?.languages ?? []);
  choice = $state.raw<Language | null>(null);
  readonly lang: Language = $derived(this.choice ?? this.browser);
}

export const locale = new Locale();
