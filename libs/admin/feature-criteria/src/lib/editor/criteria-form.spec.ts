import { criteriaSetDto } from '../../testing/criteria-fixtures';
import { checksOf, criteriaSetForm, fillForm, toRequest, totalsOf } from './criteria-form';

describe('criteria set form', () => {
  const content = () => {
    const form = criteriaSetForm();
    fillForm(form, criteriaSetDto());
    return toRequest(form.getRawValue());
  };

  it('adds up the maximum points per group and in all, the bonus apart', () => {
    expect(totalsOf(content())).toEqual({
      groups: [
        { code: 'I', name: 'Công tác tổ chức', count: 2, max: 15 },
        { code: 'II', name: 'Chăm lo đời sống', count: 1, max: 15 },
      ],
      criteriaCount: 3,
      max: 30,
      bonusMax: 5,
    });
  });

  it('sends what the form holds, with empty text as null and an empty ratio as "total only"', () => {
    const form = criteriaSetForm();
    fillForm(form, criteriaSetDto());
    form.controls.description.setValue('  ');
    form.controls.groups
      .at(0)
      .controls.criteria.at(0)
      .controls.maxPoints.setValue('7.5' as unknown as number);
    const body = toRequest(form.getRawValue());
    expect(body.description).toBeNull();
    expect(body.groups[0].criteria[0]).toEqual({
      code: '1.1',
      text: 'Phát triển đoàn viên',
      maxPoints: 7.5,
      guidance: null,
    });
    expect(body.bands[1].minCriterionRatio).toBeNull();
    expect(totalsOf(body).max).toBe(27.5);
  });

  it('finds what would stop publishing: a code used twice, bands out of order or out of reach', () => {
    expect(checksOf(content())).toEqual([]);
    const broken = content();
    broken.groups[1].criteria[0].code = '1.2';
    broken.bands = [
      { name: 'Khá', minTotal: 20, minCriterionRatio: null },
      { name: 'Xuất sắc', minTotal: 40, minCriterionRatio: null },
    ];
    expect(checksOf(broken)).toEqual([
      { key: 'duplicateCode', params: { code: '1.2' } },
      { key: 'bandOrder', params: { name: 'Xuất sắc' } },
      { key: 'bandUnreachable', params: { name: 'Xuất sắc', min: 40, max: 35 } },
    ]);
    expect(checksOf({ ...broken, groups: [], bands: [] }).map((c) => c.key)).toEqual([
      'noCriteria',
      'noBands',
    ]);
  });

  it('accepts a lower band that asks less of each criterion though it needs the same total', () => {
    const set = content();
    set.bands = [
      { name: 'A', minTotal: 20, minCriterionRatio: 0.5 },
      { name: 'B', minTotal: 20, minCriterionRatio: null },
    ];
    expect(checksOf(set)).toEqual([]);
  });
});
