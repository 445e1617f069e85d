import type { LabelKey } from '@warden/shared';
import { addDays, isCalendarDate, startOfDayInZone, type CalendarDate } from '../../app/time/zoned-time';

/** The two deletion-status pages share one view; this says which list it shows. */
export type DeletionKind = 'documents' | 'pledges';

/** The search window as the admin types it: days in the company zone, `to` included. */
export interface DeletionSearch {
  /** Document number (documents) or pledge name (pledges); part of it. */
  text: string;
  deletedBy: string;
  from: CalendarDate | '';
  to: CalendarDate | '';
}

export const EMPTY_SEARCH: DeletionSearch = { text: '', deletedBy: '', from: '', to: '' };

/** The search kept in the URL (`?q=…&deletedBy=…&from=YYYY-MM-DD&to=…`), so a reload or a shared link shows the same list. */
export function searchFromParams(params: URLSearchParams): DeletionSearch {
  const day = (value: string | null) => (value && isCalendarDate(value) ? value : '');
  return { text: params.get('q') ?? '', deletedBy: params.get('deletedBy') ?? '', from: day(params.get('from')), to: day(params.get('to')) };
}

export function searchToParams(search: DeletionSearch): URLSearchParams {
  const params = new URLSearchParams();
  if (search.text.trim()) params.set('q', search.text.trim());
  if (search.deletedBy.trim()) params.set('deletedBy', search.deletedBy.trim());
  if (search.from) params.set('from', search.from);
  if (search.to) params.set('to', search.to);
  return params;
}

/** One row of either list, in the shape the table shows. */
export interface DeletionRow {
  id: string;
  number: string;
  /** Document title or pledge name. */
  title: string;
  form: string | null;
  person: string;
  /** Created (documents) or signed (pledges), ISO 8601. */
  date: string;
  status: string | null;
  attachments: string[];
  deletedAt: string | null;
  deletedBy: string | null;
}

/** Column headers: the same labels the Excel download uses (R63). */
export const COLUMN_LABELS: Record<DeletionKind, { number: LabelKey; title: LabelKey; person: LabelKey; date: LabelKey }> = {
  documents: {
    number: 'deletedDocuments.column.documentNumber',
    title: 'deletedDocuments.column.title',
    person: 'deletedDocuments.column.drafter',
    date: 'deletedDocuments.column.createdAt',
  },
  pledges: {
    number: 'deletedPledges.column.pledgeNumber',
    title: 'deletedPledges.column.name',
    person: 'deletedPledges.column.signer',
    date: 'deletedPledges.column.signedAt',
  },
};

/**
 * The API filter of a search: days become instants at midnight in the company's zone, and the last
 * day is included (the filter's end is the next midnight, exclusive).
 */
export function toApiFilter(kind: DeletionKind, search: DeletionSearch, timeZone: string) {
  const text = search.text.trim() || null;
  return {
    ...(kind === 'documents' ? { documentNumber: text } : { name: text }),
    deletedBy: search.deletedBy.trim() || null,
    deletedFrom: search.from ? startOfDayInZone(search.from, timeZone) : null,
    deletedTo: search.to ? startOfDayInZone(addDays(search.to, 1), timeZone) : null,
  };
}
