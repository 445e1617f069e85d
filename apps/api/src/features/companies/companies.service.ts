import type { DataSource } from 'typeorm';
import {
  Permission,
  SECURITY_MENU_PATHS,
  SECURITY_MENUS,
  type SecurityMenu,
  SecurityMenuUnavailableReason,
  Service,
} from '@warden/shared';
import { NotFoundError } from '../../core/graphql/errors';
import type { Principal } from '../../core/graphql/principal';
import { Company } from './company.entity';

/** The permission a principal needs to see each Security menu. */
const MENU_PERMISSION: Readonly<Record<SecurityMenu, Permission>> = {
  LOGIN_STATUS: Permission.LOGIN_RECORDS_READ,
  TWO_FACTOR_AUTHENTICATION: Permission.SECURITY_SETTINGS_MANAGE,
  SUPPORT_ACCESS: Permission.SUPPORT_ACCESS_MANAGE,
  EXPORT_DATA: Permission.DATA_EXPORTS_MANAGE,
  APPROVAL_DOCUMENT_DELETION_STATUS: Permission.DELETED_DOCUMENTS_MANAGE,
  PLEDGE_DELETION_STATUS: Permission.DELETED_DOCUMENTS_MANAGE,
};

/** The service a menu belongs to, when it needs a subscription to make sense. */
const MENU_SERVICE: Partial<Readonly<Record<SecurityMenu, Service>>> = {
  APPROVAL_DOCUMENT_DELETION_STATUS: Service.APPROVAL,
  PLEDGE_DELETION_STATUS: Service.PLEDGE,
};

export interface SecurityMenuView {
  available: boolean;
  unavailableReason: SecurityMenuUnavailableReason | null;
  items: Array<{ menu: SecurityMenu; path: string }>;
}

/** A condition a menu needs beyond permission and subscription (R50: something deleted to show). */
export type MenuCondition = (companyId: string) => Promise<boolean>;

export class CompaniesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly menuConditions: Partial<Readonly<Record<SecurityMenu, MenuCondition>>> = {},
  ) {}

  async get(companyId: string): Promise<Company> {
    const company = await this.dataSource.getRepository(Company).findOneBy({ id: companyId });
    if (!company) throw new NotFoundError('The company');
    return company;
  }

  /** Which Security menus this caller may open; none, with the reason, when the company lacks the features (R0). */
  async securityMenu(companyId: string, principal: Principal): Promise<SecurityMenuView> {
    const company = await this.get(companyId);
    if (!company.securityFeaturesEnabled) {
      return { available: false, unavailableReason: SecurityMenuUnavailableReason.SECURITY_FEATURES_NOT_ENABLED, items: [] };
    }
    const allowed = SECURITY_MENUS.filter((menu) => {
      const service = MENU_SERVICE[menu];
      return principal.permissions.has(MENU_PERMISSION[menu]) && (!service || company.subscribedServices.includes(service));
    });
    const shown = await Promise.all(allowed.map((menu) => this.menuConditions[menu]?.(company.id) ?? true));
    const items = allowed.filter((_menu, index) => shown[index]).map((menu) => ({ menu, path: SECURITY_MENU_PATHS[menu] }));
    if (items.length === 0) {
      return { available: false, unavailableReason: SecurityMenuUnavailableReason.NO_SECURITY_PERMISSION, items };
    }
    return { available: true, unavailableReason: null, items };
  }
}
