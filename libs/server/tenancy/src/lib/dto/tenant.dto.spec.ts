import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { CreateTenantDto } from './tenant.dto';

const valid = {
  code: 'khanh-hoa',
  name: 'Liên đoàn Lao động tỉnh Khánh Hòa',
  issuerCode: 'LĐ',
  headerSuperior: 'TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM',
  headerIssuer: 'LIÊN ĐOÀN LAO ĐỘNG TỈNH KHÁNH HÒA',
  placeName: 'Khánh Hòa',
};

const problems = (input: object) =>
  validateSync(plainToInstance(CreateTenantDto, input)).map((e) => e.property);

describe('CreateTenantDto', () => {
  it('accepts a federation with Vietnamese names', () => {
    expect(problems(valid)).toEqual([]);
  });

  it('keeps tenant codes to lower-case slugs', () => {
    expect(problems({ ...valid, code: 'Khánh Hòa' })).toEqual(['code']);
    expect(problems({ ...valid, code: '-x' })).toEqual(['code']);
  });

  it('requires every header line and the place name', () => {
    expect(problems({ ...valid, headerIssuer: '', placeName: undefined })).toEqual([
      'headerIssuer',
      'placeName',
    ]);
  });

  it('checks the time zone shape when one is given', () => {
    expect(problems({ ...valid, timeZone: 'Asia/Ho_Chi_Minh' })).toEqual([]);
    expect(problems({ ...valid, timeZone: 'GMT+7' })).toEqual(['timeZone']);
  });
});
