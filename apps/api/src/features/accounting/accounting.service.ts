import type { DataSource, EntityManager } from 'typeorm';
import { ErrorCode } from '@warden/shared';
import type { Clock } from '../../core/clock/clock';
import { AppError, BadUserInputError } from '../../core/graphql/errors';
import { Employee } from '../employees/employee.entity';
import { resolveReferencedFiles } from '../source-domains/referenced-files';
import { calendarDay, instant, lockForUpdate, optionalText, requiredText, retryOnWriteRace, rowId } from '../source-domains/validation';
import type { StoredFilesService } from '../stored-files/stored-files.service';
import { AccountingSlip, AccountingSlipAttachment, AccountingSlipStatus } from './accounting-slip.entity';
import { AccountingVendor, AccountingVendorAttachment } from './accounting-vendor.entity';
import type { RegisterAccountingSlipInput, RegisterAccountingVendorInput } from './accounting.inputs';

const AMOUNT = /^([+-]?)(\d{1,15})(?:\.(\d{1,4}))?$/;
const BUSINESS_NUMBER = /^[A-Za-z0-9][A-Za-z0-9 -]{0,31}$/;

/** `+0012.50` → `12.50`, `-0` → `0`: one spelling per value, so a replay compares equal. */
export function normalizeAmount(value: string | null | undefined, field = 'amount'): string {
  const match = AMOUNT.exec((value ?? '').trim());
  if (!match) {
    throw new BadUserInputError(`${field}: give a decimal number with up to 15 digits and 4 decimals, e.g. 1250000 or -12.50.`, { field });
  }
  const integer = match[2].replace(/^0+(?=\d)/, '');
  const text = match[3] === undefined ? integer : `${integer}.${match[3]}`;
  const zero = /^0(\.0*)?$/.test(text);
  return match[1] === '-' && !zero ? `-${text}` : text;
}

/** Slips and vendors pushed by the accounting service (issue 7), all scoped to the caller's company. */
export class AccountingService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly storedFiles: StoredFilesService,
    private readonly clock: Clock,
  ) {}

  /**
   * Stores a slip, or updates the one with the same number while it is in progress. A closed slip
   * is final: replaying it unchanged returns it, any change is a CONFLICT (the export may already
   * hold it). Nothing is stored when any field is bad.
   */
  async registerSlip(companyId: string, input: RegisterAccountingSlipInput): Promise<AccountingSlip> {
    const now = this.clock.now();
    const values = {
      slipNumber: requiredText(input.slipNumber, 'slipNumber', 50),
      slipDate: calendarDay(input.slipDate, 'slipDate'),
      title: requiredText(input.title, 'title', 200),
      amount: normalizeAmount(input.amount),
      currency: currencyCode(input.currency),
      drafterEmployeeId: rowId(input.drafterEmployeeId, 'drafterEmployeeId', 'employee'),
      status: slipStatus(input.status),
      createdAt: instant(input.createdAt, 'createdAt', now),
    };
    return retryOnWriteRace(() =>
      this.dataSource.transaction(async (manager) => {
        const drafter = await employeeOf(manager, companyId, values.drafterEmployeeId, 'drafterEmployeeId');
        const files = await resolveReferencedFiles(this.storedFiles, manager, companyId, input.attachmentFileIds, 'attachmentFileIds');
        const fileIds = files.map((file) => file.id);
        const slips = manager.getRepository(AccountingSlip);
        const existing = await slips.findOne({ where: { companyId, slipNumber: values.slipNumber }, lock: lockForUpdate(manager) });
        if (existing?.status === AccountingSlipStatus.CLOSED) {
          const storedIds = await this.slipAttachmentIds(manager, existing.id);
          if (sameSlip(existing, values, storedIds, fileIds)) return Object.assign(existing, { attachmentFileIds: storedIds });
          throw new AppError(ErrorCode.CONFLICT, `slipNumber: slip ${values.slipNumber} is closed and can no longer change.`, {
            field: 'slipNumber',
          });
        }
        const row = existing ?? slips.create({ companyId, registeredAt: now });
        Object.assign(row, values, {
          drafterName: drafter.name,
          closedAt: values.status === AccountingSlipStatus.CLOSED ? now : null,
          updatedAt: now,
        });
        const saved = await slips.save(row);
        const attachments = manager.getRepository(AccountingSlipAttachment);
        await attachments.delete({ slipId: saved.id });
        if (fileIds.length > 0) {
          await attachments.insert(fileIds.map((fileId, position) => ({ companyId, slipId: saved.id, position, fileId })));
        }
        return Object.assign(saved, { attachmentFileIds: fileIds });
      }),
    );
  }

  /** Stores a vendor, or updates the one with the same business registration number (fields and attachments). */
  async registerVendor(companyId: string, input: RegisterAccountingVendorInput): Promise<AccountingVendor> {
    const now = this.clock.now();
    const number = requiredText(input.businessRegistrationNumber, 'businessRegistrationNumber', 32);
    if (!BUSINESS_NUMBER.test(number)) {
      throw new BadUserInputError('businessRegistrationNumber: use letters, digits, hyphens and spaces only.', {
        field: 'businessRegistrationNumber',
      });
    }
    const values = {
      businessRegistrationNumber: number,
      name: requiredText(input.name, 'name', 200),
      representative: optionalText(input.representative, 'representative', 100),
      contact: optionalText(input.contact, 'contact', 200),
      address: optionalText(input.address, 'address', 500, true),
    };
    return retryOnWriteRace(() =>
      this.dataSource.transaction(async (manager) => {
        const files = await resolveReferencedFiles(this.storedFiles, manager, companyId, input.attachmentFileIds, 'attachmentFileIds');
        const fileIds = files.map((file) => file.id);
        const vendors = manager.getRepository(AccountingVendor);
        const existing = await vendors.findOne({ where: { companyId, businessRegistrationNumber: number }, lock: lockForUpdate(manager) });
        const row = existing ?? vendors.create({ companyId, registeredAt: now });
        Object.assign(row, values, { updatedAt: now });
        const saved = await vendors.save(row);
        const attachments = manager.getRepository(AccountingVendorAttachment);
        await attachments.delete({ vendorId: saved.id });
        if (fileIds.length > 0) {
          await attachments.insert(fileIds.map((fileId, position) => ({ companyId, vendorId: saved.id, position, fileId })));
        }
        return Object.assign(saved, { attachmentFileIds: fileIds });
      }),
    );
  }

  private async slipAttachmentIds(manager: EntityManager, slipId: string): Promise<string[]> {
    const rows = await manager.getRepository(AccountingSlipAttachment).find({ where: { slipId }, order: { position: 'ASC' } });
    return rows.map((row) => row.fileId);
  }
}

async function employeeOf(manager: EntityManager, companyId: string, id: string, field: string): Promise<Employee> {
  const employee = await manager.getRepository(Employee).findOneBy({ companyId, id });
  if (!employee) throw new BadUserInputError(`${field}: no employee ${id} in your company.`, { field });
  return employee;
}

function currencyCode(value: string | null | undefined): string {
  const code = (value ?? '').trim().toUpperCase();
  if (!/^[A-Z]{3}$/.test(code)) throw new BadUserInputError('currency: give an ISO 4217 code such as KRW, JPY or USD.', { field: 'currency' });
  return code;
}

function slipStatus(value: unknown): AccountingSlipStatus {
  if (value !== AccountingSlipStatus.IN_PROGRESS && value !== AccountingSlipStatus.CLOSED) {
    throw new BadUserInputError('status: IN_PROGRESS or CLOSED.', { field: 'status' });
  }
  return value;
}

function sameSlip(
  stored: AccountingSlip,
  values: Pick<AccountingSlip, 'slipDate' | 'title' | 'amount' | 'currency' | 'drafterEmployeeId' | 'status' | 'createdAt'>,
  storedIds: readonly string[],
  fileIds: readonly string[],
): boolean {
  return (
    stored.slipDate === values.slipDate &&
    stored.title === values.title &&
    stored.amount === values.amount &&
    stored.currency === values.currency &&
    stored.drafterEmployeeId === values.drafterEmployeeId &&
    stored.status === values.status &&
    stored.createdAt.getTime() === values.createdAt.getTime() &&
    storedIds.length === fileIds.length &&
    storedIds.every((id, index) => id === fileIds[index])
  );
}
