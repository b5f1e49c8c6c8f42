/** The local outbox as the dev pages read it: every email the app "sent", newest first. Local mode only. */
export interface OutboxView {
  id: string;
  to: string;
  subject: string;
  text: string;
  html: string | null;
  headers: Record<string, string>;
  sentAt: string;
}

export interface OutboxReader {
  list(): Promise<OutboxView[]>;
}
