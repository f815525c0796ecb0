// Tiny message catalogue: English is the reference, Italian must provide every key.

const en = {
  tagline: 'Open-source cloud PBX',
  statusTitle: 'Platform status',
  statusChecking: 'Checking platform…',
  statusUp: 'Platform: {status}',
  statusDown: 'Platform: {status}',
  statusUnreachable: 'Platform unreachable',
  errorPrefix: 'Error: {message}',
  errorHttp: 'HTTP {code} from /health',
  errorBadResponse: 'unexpected response from /health',
  serviceLine: 'Service {service}, version {version}',
  retry: 'Check again',
  roadmap:
    'The admin portal, the operator panel and the browser softphone arrive in later releases.',
} as const;

export type MessageKey = keyof typeof en;
export type Messages = Readonly<Record<MessageKey, string>>;
export type Lang = 'en' | 'it';

const it: Messages = {
  tagline: 'Centralino cloud open source',
  statusTitle: 'Stato della piattaforma',
  statusChecking: 'Verifica della piattaforma…',
  statusUp: 'Piattaforma: {status}',
  statusDown: 'Piattaforma: {status}',
  statusUnreachable: 'Piattaforma non raggiungibile',
  errorPrefix: 'Errore: {message}',
  errorHttp: 'HTTP {code} da /health',
  errorBadResponse: 'risposta inattesa da /health',
  serviceLine: 'Servizio {service}, versione {version}',
  retry: 'Verifica di nuovo',
  roadmap:
    'Il portale di amministrazione, il pannello operatore e il softphone nel browser arriveranno nelle prossime versioni.',
};

export const catalogues: Readonly<Record<Lang, Messages>> = { en, it };

/** it, it-IT, it-CH … → Italian; anything else (or nothing) → English. */
export function pickLang(language: string | null | undefined): Lang {
  return language?.trim().toLowerCase().split(/[-_]/)[0] === 'it' ? 'it' : 'en';
}

/** Message for `key`, with `{name}` placeholders replaced from `params`. */
export function t(
  messages: Messages,
  key: MessageKey,
  params: Readonly<Record<string, string | number>> = {},
): string {
  return messages[key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}
