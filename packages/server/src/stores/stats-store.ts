import type { Queryable } from '../db/db.js';

/** What `/stats` counts of one dossier. */
export interface StatsRow {
  agency_identifier: string;
  status: number;
  channel: string;
  received_at: string;
  appointment_date: string;
  finished_at: string | null;
  supplements: Array<{ requestedAt: string; resumedAt: string | null; reason: string }>;
  overall: 'very-satisfied' | 'satisfied' | 'dissatisfied' | null;
}

/** Dossiers received between two civil dates (inclusive), with their rating. */
export async function dossiersReceivedBetween(db: Queryable, from: string, to: string): Promise<StatsRow[]> {
  const { rows } = await db.query<StatsRow>(
    `SELECT d.agency_identifier, d.status, d.channel, d.received_at, d.appointment_date, d.finished_at,
            d.supplements, r.overall
       FROM dossiers d LEFT JOIN ratings r ON r.dossier_code = d.code
      WHERE substr(d.received_at, 1, 10) BETWEEN $1 AND $2`,
    [from, to],
  );
  return rows.map((row) => ({ ...row, status: Number(row.status) }));
}

/** The day the first dossier was received (`from` of `/stats` by default). */
export async function firstReceiptDay(db: Queryable): Promise<string | undefined> {
  const { rows } = await db.query<{ day: string | null }>(
    'SELECT substr(min(received_at), 1, 10) AS day FROM dossiers',
  );
  return rows[0]?.day ?? undefined;
}
