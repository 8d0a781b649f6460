import type { ChannelDetail, Duration, Fee } from '@hcc/sdk';
import { amountOf, folded, listOf, nameOf, textOf } from './packet-values.js';

/** KENH: 1 at the counter, 2 online, 3 by post. */
const CHANNELS: Record<string, ChannelDetail['channel']> = { '1': 'in-person', '2': 'online', '3': 'postal' };

const UNITS: ReadonlyArray<readonly [RegExp, Duration['unit']]> = [
  [/ngay lam viec/, 'working-day'],
  [/gio/, 'hour'],
  [/thang/, 'month'],
  [/ngay/, 'day'],
];

/** A processing time from its amount and unit words (`05` + `Ngày làm việc`); other wordings keep their text. */
export function durationOf(amount: unknown, unitWords: unknown, description = ''): Duration {
  const unitText = textOf(unitWords);
  const unit = UNITS.find(([pattern]) => pattern.test(folded(unitText)))?.[1];
  const value = Number(textOf(amount).replace(',', '.'));
  if (unit && Number.isFinite(value) && value >= 0 && textOf(amount)) return { value, unit };
  const text = [textOf(amount), unitText, description].filter(Boolean).join(' ');
  return { value: 0, unit: 'other', ...(text ? { text } : {}) };
}

/** PHILEPHI: `lệ phí` is a charge, any other `phí` a fee. */
function feeOf(entry: unknown): Fee {
  const record = (typeof entry === 'object' && entry !== null ? entry : {}) as Record<string, unknown>;
  const description = nameOf(record, ['MOTA', 'TENPHILEPHI', 'TENPHI', 'MOTAPHI']);
  const words = folded(`${textOf(record.LOAIPHI)} ${description}`);
  const kind: Fee['kind'] = /le phi/.test(words) ? 'charge' : /phi/.test(words) ? 'fee' : 'other';
  const amount = amountOf(record.SOTIEN ?? record.MUCPHI ?? record.GIA ?? record.SOTIENPHI ?? entry);
  return { kind, amount, ...(description ? { description } : {}) };
}

/**
 * One CACHTHUCTHUCHIEN entry as a channel. THOIGIAN is either a list of `{ THOIGIANGIAIQUYET, DONVITINH, MOTA,
 * PHILEPHI }` (the first gives the limit) or an amount with DONVITINH beside it; fees may sit in either place.
 * @returns the channel, or the reason it cannot be read
 */
export function channelOf(entry: unknown, at: string): { value: ChannelDetail } | { reason: string } {
  if (typeof entry !== 'object' || entry === null) return { reason: `${at} is not an object` };
  const record = entry as Record<string, unknown>;
  const channel = CHANNELS[textOf(record.KENH)];
  if (!channel) return { reason: `${at}.KENH must be 1 (counter), 2 (online) or 3 (post)` };
  const times = listOf(record.THOIGIAN);
  const [first] = times;
  const notes = times.map((time) => (typeof time === 'object' && time !== null ? nameOf(time, ['MOTA']) : ''));
  const description = [textOf(record.MOTA), ...notes].filter(Boolean).join(' ');
  const processingTime =
    typeof first === 'object' && first !== null
      ? durationOf(
          (first as Record<string, unknown>).THOIGIANGIAIQUYET,
          (first as Record<string, unknown>).DONVITINH,
          description,
        )
      : durationOf(first, record.DONVITINH, description);
  const fees = [
    ...listOf(record.PHILEPHI),
    ...times.flatMap((time) => listOf((time as Record<string, unknown> | null)?.PHILEPHI)),
  ].map(feeOf);
  return { value: { channel, processingTime, fees, ...(description ? { description } : {}) } };
}
