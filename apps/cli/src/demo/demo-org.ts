/**
 * A realistic organisation tree for a demo tenant after the 2025 reform: the provincial
 * federation, commune/ward unions, industrial-park and sector unions, and grassroots unions
 * (công đoàn cơ sở) under each. Deterministic, so seeding twice gives the same tree.
 */
export interface DemoUnit {
  code: string;
  name: string;
  typeCode: string;
  parentCode: string | null;
  memberCount: number;
  address?: string;
}

const COMMUNES: Record<string, string[]> = {
  'khanh-hoa': [
    'phường Nha Trang',
    'phường Bắc Nha Trang',
    'phường Tây Nha Trang',
    'phường Nam Nha Trang',
    'phường Cam Ranh',
    'phường Ba Ngòi',
    'phường Cam Linh',
    'phường Ninh Hòa',
    'phường Đông Ninh Hòa',
    'phường Hòa Thắng',
    'xã Vạn Ninh',
    'xã Đại Lãnh',
    'xã Tu Bông',
    'xã Vạn Thắng',
    'xã Diên Khánh',
    'xã Diên Lạc',
    'xã Suối Hiệp',
    'xã Cam Lâm',
    'xã Suối Dầu',
    'xã Khánh Vĩnh',
    'xã Khánh Sơn',
    'xã Tây Khánh Sơn',
    'đặc khu Trường Sa',
    'phường Phan Rang',
    'phường Đông Hải',
    'phường Bảo An',
    'xã Ninh Phước',
    'xã Phước Hữu',
    'xã Thuận Nam',
    'xã Ninh Hải',
    'xã Bác Ái',
    'xã Ninh Sơn',
  ],
  'nam-dinh': [
    'phường Nam Định',
    'phường Thiên Trường',
    'phường Đông A',
    'phường Vị Khê',
    'phường Thành Nam',
    'phường Trường Thi',
    'xã Mỹ Lộc',
    'xã Vụ Bản',
    'xã Hiển Khánh',
    'xã Liên Minh',
    'xã Ý Yên',
    'xã Yên Đồng',
    'xã Vũ Dương',
    'xã Nghĩa Hưng',
    'xã Rạng Đông',
    'xã Nam Trực',
    'xã Nam Minh',
    'xã Trực Ninh',
    'xã Cổ Lễ',
    'xã Xuân Trường',
    'xã Xuân Hồng',
    'xã Giao Thủy',
    'xã Quất Lâm',
    'xã Hải Hậu',
    'xã Thịnh Long',
    'xã Nghĩa Minh',
    'xã Hải Anh',
    'xã Giao Hòa',
    'xã Xuân Giang',
    'xã Trực Hưng',
  ],
};

const SECTORS = ['Giáo dục', 'Y tế', 'Viên chức', 'Giao thông – Xây dựng', 'Công Thương'];
const PARKS: Record<string, string[]> = {
  'khanh-hoa': ['Công đoàn các Khu công nghiệp tỉnh', 'Công đoàn Khu kinh tế Vân Phong'],
  'nam-dinh': ['Công đoàn các Khu công nghiệp tỉnh'],
};

const WORKPLACES = [
  'Trường Tiểu học {n}',
  'Trường Trung học cơ sở {n}',
  'Trường Mầm non {n}',
  'Trạm Y tế {n}',
  'Công ty TNHH Thủy sản {n}',
  'Công ty Cổ phần May {n}',
  'Ủy ban nhân dân {n}',
  'Hợp tác xã Nông nghiệp {n}',
];
const COMPANIES = [
  'Công ty TNHH Điện tử Sao Việt',
  'Công ty Cổ phần Dệt may Hòa Bình',
  'Công ty TNHH Giày da Phúc Thịnh',
  'Công ty TNHH Cơ khí Đông Á',
  'Công ty Cổ phần Thực phẩm An Phát',
  'Công ty TNHH Bao bì Minh Long',
  'Công ty TNHH Gỗ Thành Đạt',
  'Công ty Cổ phần Dược phẩm Hưng Thịnh',
];

const pad = (n: number) => String(n).padStart(3, '0');

export function demoOrgTree(tenantCode: string, provinceName: string): DemoUnit[] {
  const units: DemoUnit[] = [];
  const root = 'LDLD';
  units.push({
    code: root,
    name: `Liên đoàn Lao động tỉnh ${provinceName}`,
    typeCode: 'province_federation',
    parentCode: null,
    memberCount: 90_000,
  });
  let grassroots = 0;
  const addGrassroots = (parentCode: string, name: string, members: number) => {
    grassroots++;
    units.push({
      code: `CDCS-${pad(grassroots)}`,
      name: `Công đoàn cơ sở ${name}`,
      typeCode: 'grassroots_union',
      parentCode,
      memberCount: members,
    });
  };
  (COMMUNES[tenantCode] ?? []).forEach((commune, i) => {
    const code = `XA-${pad(i + 1)}`;
    const place = commune.replace(/^(phường|xã|đặc khu) /, '');
    units.push({
      code,
      name: `Công đoàn ${commune}`,
      typeCode: 'commune_union',
      parentCode: root,
      memberCount: 0,
    });
    WORKPLACES.slice(0, 6 + (i % 3)).forEach((w, j) =>
      addGrassroots(code, w.replace('{n}', place), 15 + ((i * 7 + j * 11) % 60)),
    );
  });
  (PARKS[tenantCode] ?? []).forEach((park, i) => {
    const code = `KCN-${pad(i + 1)}`;
    units.push({ code, name: park, typeCode: 'industrial_park_union', parentCode: root, memberCount: 0 });
    COMPANIES.forEach((c, j) => addGrassroots(code, `${c} ${i + 1}`, 120 + ((j * 97) % 900)));
  });
  SECTORS.forEach((sector, i) => {
    const code = `NGANH-${pad(i + 1)}`;
    units.push({
      code,
      name: `Công đoàn ngành ${sector} tỉnh ${provinceName}`,
      typeCode: 'sector_union',
      parentCode: root,
      memberCount: 0,
    });
    for (let j = 1; j <= 10; j++) addGrassroots(code, `${sector} số ${j}`, 30 + ((i * 13 + j * 17) % 120));
  });
  return units;
}
