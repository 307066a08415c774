import { TenantDto } from '@thidua/shared/contracts';

/** A tenant as the API sends it. */
export function tenant(id: string, name: string, patch: Partial<TenantDto> = {}): TenantDto {
  return {
    id,
    code: id,
    name,
    issuerCode: 'LĐ',
    headerSuperior: 'TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM',
    headerIssuer: name.toLocaleUpperCase('vi'),
    placeName: name.replace('Liên đoàn Lao động tỉnh ', ''),
    timeZone: 'Asia/Ho_Chi_Minh',
    status: 'active',
    mergedIntoId: null,
    createdAt: '2026-01-01T00:00:00Z',
    updatedAt: '2026-01-01T00:00:00Z',
    ...patch,
  };
}
