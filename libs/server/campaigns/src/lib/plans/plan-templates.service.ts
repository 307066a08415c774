import { Inject, Injectable } from '@nestjs/common';
import {
  ApiException,
  ORG_UNIT_DIRECTORY,
  type OrgUnitDirectory,
  type OrgUnitSummary,
  TenantContext,
} from '@thidua/server/core';
import type { Principal } from '@thidua/server/core';
import { TenantsService } from '@thidua/server/tenancy';
import { PlanContent, PlanHeader, PlanTemplateDto } from '@thidua/shared/contracts';
import { assertCan } from './plan-access';

const isRoot = (path: string) => path.split('/').filter(Boolean).length === 1;

function todayIn(timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date());
}

/**
 * What a plan of a given issuer starts from: the header lines, symbol, place and signer the
 * official format wants. The provincial federation signs for its Standing Committee with the
 * tenant's header lines; a lower level signs for its Executive Committee under the federation.
 */
@Injectable()
export class PlanTemplates {
  constructor(
    @Inject(ORG_UNIT_DIRECTORY) private readonly units: OrgUnitDirectory,
    private readonly tenants: TenantsService,
    private readonly context: TenantContext,
  ) {}

  /** The issuing unit (default: the tenant's root unit); 400 when unknown or closed. */
  async issuer(unitId: string | undefined): Promise<OrgUnitSummary> {
    const unit = unitId ? (await this.units.summaries([unitId])).get(unitId) : (await this.units.roots())[0];
    if (!unit?.active) throw new ApiException(400, 'plan_unit_unknown');
    return unit;
  }

  /**
   * The province writes its superior body and its own name from the tenant's settings; a lower
   * level writes its direct superior unit above its own name (Nghị định 30/2020, Phụ lục I).
   */
  async header(issuerPath: string, issuerName: string): Promise<PlanHeader> {
    const tenant = await this.tenants.get(this.context.tenantId);
    if (isRoot(issuerPath)) return { superior: tenant.headerSuperior, issuer: tenant.headerIssuer };
    const ids = issuerPath.split('/').filter(Boolean);
    const parentId = ids[ids.length - 2];
    const issuer = issuerName.toLocaleUpperCase('vi');
    if (isRoot(`/${ids.slice(0, -1).join('/')}/`)) return { superior: tenant.headerIssuer, issuer };
    const parent = (await this.units.summaries([parentId])).get(parentId);
    return { superior: parent ? parent.name.toLocaleUpperCase('vi') : tenant.headerIssuer, issuer };
  }

  async content(issuer: OrgUnitSummary): Promise<PlanContent> {
    const tenant = await this.tenants.get(this.context.tenantId);
    const root = isRoot(issuer.path);
    return {
      docNo: null,
      docSymbol: root ? `KH-${tenant.issuerCode}` : 'KH-CĐ',
      place: tenant.placeName,
      issuedDate: null,
      year: Number(todayIn(tenant.timeZone).slice(0, 4)),
      title: '',
      bases: [],
      context: null,
      purposes: [],
      theme: null,
      activityTheme: null,
      contentIntro: null,
      contentItems: [],
      movements: [],
      phases: [],
      duties: [],
      reportingChannel: null,
      closing: null,
      recipients: [],
      archive: 'Lưu: VT',
      signature: root
        ? { mode: 'TM', body: 'BAN THƯỜNG VỤ', title: 'CHỦ TỊCH', name: '' }
        : { mode: 'TM', body: 'BAN CHẤP HÀNH', title: 'CHỦ TỊCH', name: '' },
    };
  }

  async template(issuerUnitId: string | undefined, principal: Principal): Promise<PlanTemplateDto> {
    const issuer = await this.issuer(issuerUnitId);
    assertCan(principal, 'create', 'Plan', issuer.path);
    return {
      issuer: { id: issuer.id, code: issuer.code, name: issuer.name },
      header: await this.header(issuer.path, issuer.name),
      content: await this.content(issuer),
    };
  }
}
