import { GraphQLScalarType, Kind } from 'graphql';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DataExportFailureCode, DataExportItem, DataExportSplitSize, DataExportStatus, Service } from '@warden/shared';
import { PageInfo } from '../login-records/login-records.types';
import '../../core/graphql/enums';

registerEnumType(DataExportItem, { name: 'DataExportItem', description: 'What an export can contain (R40)' });
registerEnumType(DataExportStatus, {
  name: 'DataExportStatus',
  description: 'PENDING → REQUEST_COMPLETED → EXPIRED, or CANCELED; FAILED carries a reason (R45)',
});
registerEnumType(DataExportFailureCode, { name: 'DataExportFailureCode', description: 'Why an export failed (R45); failureReason says it in the company language' });
registerEnumType(DataExportSplitSize, { name: 'DataExportSplitSize', description: 'Largest zip part (decimal units): 500 MB, 1, 2 or 4 GB' });

const CALENDAR_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar day as `YYYY-MM-DD`, or null. */
export function parseCalendarDay(value: string): string | null {
  const match = CALENDAR_DAY.exec(value);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (year < 1900 || date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return value;
}

/** A calendar day without a time or zone (`2026-03-14`); the company time zone gives it its instants. */
export const CalendarDateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: 'A calendar day, YYYY-MM-DD, read in the company time zone',
  serialize: (value) => String(value),
  parseValue: (value) => {
    const day = typeof value === 'string' ? parseCalendarDay(value) : null;
    if (!day) throw new TypeError(`Date must be a calendar day as YYYY-MM-DD, got ${JSON.stringify(value)}`);
    return day;
  },
  parseLiteral: (ast) => {
    const day = ast.kind === Kind.STRING ? parseCalendarDay(ast.value) : null;
    if (!day) throw new TypeError('Date must be a calendar day as YYYY-MM-DD');
    return day;
  },
});

@ObjectType()
export class ExportCatalogItem {
  @Field(() => DataExportItem)
  item: DataExportItem;

  @Field({ description: 'Whether the item has attachments the "Include" switch can add' })
  attachmentsAvailable: boolean;
}

@ObjectType()
export class ExportCatalogService {
  @Field(() => Service)
  service: Service;

  @Field(() => [ExportCatalogItem])
  items: ExportCatalogItem[];
}

@ObjectType({ description: 'What the company can export: its subscribed services and their items (R40)' })
export class ExportCatalog {
  @Field(() => [ExportCatalogService])
  services: ExportCatalogService[];
}

@ObjectType()
export class DataExportPerson {
  @Field(() => ID, { nullable: true, description: 'Employee id; null when an API token asked' })
  id: string | null;

  @Field({ description: 'The name at the time of the request' })
  name: string;
}

@ObjectType()
export class DataExportItemSelection {
  @Field(() => DataExportItem)
  item: DataExportItem;

  @Field()
  includeAttachments: boolean;
}

@ObjectType()
export class DataExportProgress {
  @Field(() => Int, { description: 'Files written so far' })
  itemsDone: number;

  @Field(() => Int, { description: 'Files the export will hold (known once the build counted them)' })
  itemsTotal: number;

  @Field(() => Number, { description: 'Bytes of input written so far' })
  bytesDone: number;
}

@ObjectType('DataExportPart')
export class DataExportPartView {
  @Field(() => Int)
  partNumber: number;

  @Field({ description: 'CompanyID_YYYYMMDDHHMM.zip, or …_01.zip, _02, … when split' })
  fileName: string;

  @Field(() => Number)
  bytes: number;
}

@ObjectType('DataExportDownload')
export class DataExportDownloadView {
  @Field()
  employeeName: string;

  @Field()
  fileName: string;

  @Field()
  downloadedAt: Date;
}

@ObjectType('DataExport', { description: 'One export request and what became of it (R45–R49)' })
export class DataExportView {
  @Field(() => ID)
  id: string;

  @Field()
  taskName: string;

  @Field(() => DataExportPerson)
  requestedBy: DataExportPerson;

  @Field()
  requestedAt: Date;

  @Field(() => CalendarDateScalar, { nullable: true })
  periodFrom: string | null;

  @Field(() => CalendarDateScalar, { nullable: true })
  periodTo: string | null;

  @Field(() => [DataExportItemSelection])
  items: DataExportItemSelection[];

  @Field(() => DataExportSplitSize)
  splitSize: DataExportSplitSize;

  @Field(() => DataExportStatus)
  status: DataExportStatus;

  @Field(() => String, { nullable: true, description: 'Why the build failed (FAILED only), in the company language' })
  failureReason: string | null;

  @Field(() => DataExportFailureCode, { nullable: true, description: 'The kind of failure (FAILED only), for clients that act on it' })
  failureCode: DataExportFailureCode | null;

  @Field(() => DataExportProgress, { nullable: true })
  progress: DataExportProgress | null;

  @Field(() => [DataExportPartView], { description: 'The zip files (kept as history after expiry or cancel; downloadable only while REQUEST_COMPLETED)' })
  parts: DataExportPartView[];

  @Field(() => Date, { nullable: true })
  completedAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'Downloads end and the files are deleted at this time (R48)' })
  expiresAt: Date | null;

  @Field({ description: 'Seven days after the request: the last moment it can be canceled (R47)' })
  cancelableUntil: Date;

  @Field({ description: 'Whether cancelDataExport would succeed now' })
  canCancel: boolean;

  @Field(() => [DataExportDownloadView], { description: 'Every download of every part, newest first (R49)' })
  downloads: DataExportDownloadView[];
}

@ObjectType()
export class DataExportEdge {
  @Field()
  cursor: string;

  @Field(() => DataExportView)
  node: DataExportView;
}

@ObjectType({ description: 'Export history, newest first' })
export class DataExportConnection {
  @Field(() => [DataExportEdge])
  edges: DataExportEdge[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;
}

@InputType()
export class DataExportItemInput {
  @Field(() => DataExportItem)
  item: DataExportItem;

  @Field({ description: 'Add the item’s attachments (only items with attachmentsAvailable)' })
  includeAttachments: boolean;
}

@InputType()
export class RequestDataExportInput {
  @Field({ description: 'Required, at most 100 characters' })
  taskName: string;

  @Field(() => [DataExportItemInput], { description: 'At least one item, each once' })
  items: DataExportItemInput[];

  @Field(() => CalendarDateScalar, { nullable: true, description: 'First day (company zone) of the creation/slip date; null = from the beginning' })
  periodFrom?: string | null;

  @Field(() => CalendarDateScalar, { nullable: true, description: 'Last day (company zone), inclusive; null = up to the request' })
  periodTo?: string | null;

  @Field(() => DataExportSplitSize)
  splitSize: DataExportSplitSize;
}
