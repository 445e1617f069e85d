import { Foundation1795602061584 } from './1795602061584-Foundation';
import { CreateAgendaJobsMysql1795564800000 } from 'agenda-typeorm-backend';
import { ScheduledWork1795602839837 } from './1795602839837-ScheduledWork';
import { StepUp1795604968094 } from './1795604968094-StepUp';
import { SupportAccess1795606074781 } from './1795606074781-SupportAccess';
import { LoginRecords1795608717580 } from './1795608717580-LoginRecords';
import { DataExports1795611761729 } from './1795611761729-DataExports';
import { StoredFiles1795611792261 } from './1795611792261-StoredFiles';
import { SourceDomains1795611839271 } from './1795611839271-SourceDomains';
import { ApprovalDocumentsAndPledges1795612291813 } from './1795612291813-ApprovalDocumentsAndPledges';
import { LoginRecordsEmployeeHistoryIndex1795615103010 } from './1795615103010-LoginRecordsEmployeeHistoryIndex';
import { LoginRecordsResultIndex1795615531981 } from './1795615531981-LoginRecordsResultIndex';

/** Applied in this order; a new migration is appended by scripts/generate-migration.ts. */
export const MARIADB_MIGRATIONS: Function[] = [Foundation1795602061584, CreateAgendaJobsMysql1795564800000, ScheduledWork1795602839837, StepUp1795604968094, SupportAccess1795606074781, LoginRecords1795608717580, DataExports1795611761729, StoredFiles1795611792261, SourceDomains1795611839271, ApprovalDocumentsAndPledges1795612291813, LoginRecordsEmployeeHistoryIndex1795615103010, LoginRecordsResultIndex1795615531981];
