import type { Language } from '../../../nodes';

/** A message from the core in English with, where the core wrote one, a Russian version. */
export interface BilingualMessage {
  message: string;
  messageRu?: string;
}

/** Picks a core message in `language`, falling back to English where there is no translation. */
export function pickMessage(message: BilingualMessage, language: Language): string {
  return language === 'ru' ? (message.messageRu ?? message.message) : message.message;
}
