/**
 * Today's union structure (after the 2025 reform) plus the district federation kept for history.
 * Seeded per tenant; a tenant may rename or add types.
 */
export const DEFAULT_UNIT_TYPES = [
  {
    code: 'province_federation',
    name: 'Liên đoàn Lao động tỉnh, thành phố',
    childTypeCodes: [
      'commune_union',
      'industrial_park_union',
      'sector_union',
      'grassroots_union',
      'district_federation',
    ],
    canBeRoot: true,
    historical: false,
  },
  {
    code: 'commune_union',
    name: 'Công đoàn xã, phường, đặc khu',
    childTypeCodes: ['grassroots_union'],
    canBeRoot: false,
    historical: false,
  },
  {
    code: 'industrial_park_union',
    name: 'Công đoàn khu công nghiệp, khu kinh tế',
    childTypeCodes: ['grassroots_union'],
    canBeRoot: false,
    historical: false,
  },
  {
    code: 'sector_union',
    name: 'Công đoàn ngành',
    childTypeCodes: ['grassroots_union'],
    canBeRoot: false,
    historical: false,
  },
  {
    code: 'grassroots_union',
    name: 'Công đoàn cơ sở',
    childTypeCodes: ['union_section', 'union_group'],
    canBeRoot: false,
    historical: false,
  },
  {
    code: 'union_section',
    name: 'Công đoàn bộ phận',
    childTypeCodes: ['union_group'],
    canBeRoot: false,
    historical: false,
  },
  { code: 'union_group', name: 'Tổ công đoàn', childTypeCodes: [], canBeRoot: false, historical: false },
  {
    code: 'district_federation',
    name: 'Liên đoàn Lao động cấp huyện (trước 7/2025)',
    childTypeCodes: ['grassroots_union'],
    canBeRoot: false,
    historical: true,
  },
] as const;
